// The second start-up reference: the widgets of the app's first screen with nothing behind them — a
// splitter with the menu's tree (14 entries), the login form, a status bar with two labels — in an
// otherwise bare Qt Widgets program. Between bare_window and the app, it tells the toolkit's cost of
// those widgets (fonts, text layout, the input method) from the app's own.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget *menuTree()
{
    auto *tree = new QTreeWidget;
    tree->setHeaderHidden(true);
    const QStringList top = {QStringLiteral("Personal information"), QStringLiteral("Payments"),
                             QStringLiteral("Invoices"), QStringLiteral("Installment information"),
                             QStringLiteral("Choose a SIP subscriber"), QStringLiteral("Feedback"),
                             QStringLiteral("Mobile call centre"), QStringLiteral("Document archive"),
                             QStringLiteral("Exit")};
    const QStringList invoices = {QStringLiteral("Order an invoice by e-mail"),
                                  QStringLiteral("Download an invoice by link"),
                                  QStringLiteral("Change the delivery method/address"),
                                  QStringLiteral("Call details by e-mail"), QStringLiteral("Current period charges")};
    for (const QString &title : top) {
        auto *item = new QTreeWidgetItem(tree, {title});
        if (title == QLatin1String("Invoices")) {
            for (const QString &function : invoices)
                new QTreeWidgetItem(item, {function});
        }
    }
    tree->expandAll();
    tree->setEnabled(false); // as the app's menu while the login form is shown
    return tree;
}

QWidget *loginForm()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(QStringLiteral("Log in to the personal account"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Account:"), new QComboBox);
    auto *login = new QLineEdit;
    form->addRow(QStringLiteral("&Login:"), login);
    auto *password = new QLineEdit;
    password->setEchoMode(QLineEdit::Password);
    form->addRow(QStringLiteral("&Password:"), password);
    form->addRow(QString(), new QCheckBox(QStringLiteral("&Remember me")));
    form->addRow(QStringLiteral("Operator &address:"), new QLineEdit(QStringLiteral("https://127.0.0.1:9/api/v1")));
    layout->addLayout(form);
    layout->addWidget(new QPushButton(QStringLiteral("&Log in")), 0, Qt::AlignLeft);
    layout->addStretch();
    login->setFocus();
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    FirstPaintProbe::installIfRequested(application);
    QMainWindow window;
    auto *splitter = new QSplitter;
    splitter->addWidget(menuTree());
    splitter->addWidget(loginForm());
    splitter->setStretchFactor(1, 1);
    window.setCentralWidget(splitter);
    window.statusBar()->addPermanentWidget(new QLabel);
    window.statusBar()->addPermanentWidget(new QLabel);
    window.resize(1000, 700);
    window.show();
    return application.exec();
}
