// Qt's own dialogs and menus speak Russian with the Russian interface: the file dialog (its labels,
// buttons, column headers, the file type and size columns), the message box's standard buttons and the text
// fields' context menu. Sizes are the app's («2,6 КБ»), not Qt's «KiB». Qt's catalogue has gaps (the file type «Folder»); translations/qt_gaps_ru.ts fills them.
#include "Localization.h"
#include "widgets/FileDialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// Latin words left in a text, once the parts that are not words of the interface are taken out: the
// file patterns of a filter and the names of the files the test made.
QStringList latinWords(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));
    text.remove(QLatin1Char('&'));
    text = text.section(QLatin1Char('\t'), 0, 0); // a menu item's shortcut: «Ctrl+Z» on Russian keyboards too
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto it = latin.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeAll(QStringLiteral("PDF"));
    return found;
}

} // namespace

class TestQtDialogsRussian : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileDialogIsRussian_data();
    void fileDialogIsRussian();
    void messageBoxButtonsAreRussian();
    void textFieldMenuIsRussian();

private:
    QTemporaryDir m_folder;
};

void TestQtDialogsRussian::initTestCase()
{
    QCOMPARE(Localization::install(*qApp, QStringLiteral("ru")), QStringLiteral("ru"));
    QVERIFY(m_folder.isValid());
    QVERIFY(QDir(m_folder.path()).mkdir(QStringLiteral("Счета")));
    QFile file(m_folder.filePath(QStringLiteral("счет_2026-10.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("%PDF-1.4\n").repeated(300));
}

void TestQtDialogsRussian::fileDialogIsRussian_data()
{
    QTest::addColumn<QFileDialog::AcceptMode>("mode");
    QTest::newRow("save") << QFileDialog::AcceptSave;
    QTest::newRow("open") << QFileDialog::AcceptOpen;
}

void TestQtDialogsRussian::fileDialogIsRussian()
{
    QFETCH(QFileDialog::AcceptMode, mode);
    std::unique_ptr<QFileDialog> owner(
        FileDialogs::create(nullptr, QStringLiteral("Сохранить"), m_folder.path(), QStringLiteral("PDF (*.pdf)")));
    QFileDialog &dialog = *owner;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(mode);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(view->rootIndex()), 2);

    QStringList texts;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        texts << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
    }
    const QAbstractItemModel *model = view->model();
    for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
        texts << model->headerData(column, Qt::Horizontal).toString();
        for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
            if (column > 0) // the first column holds the names of the test's own files
                texts << model->index(row, column, view->rootIndex()).data().toString();
        }
    }
    QVERIFY(texts.join(QString()).contains(QStringLiteral("Папка")));
    for (const QString &text : std::as_const(texts))
        QVERIFY2(latinWords(text).isEmpty(), qPrintable(text));
}

void TestQtDialogsRussian::messageBoxButtonsAreRussian()
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Вопрос"), QStringLiteral("Сохранить?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel | QMessageBox::Yes
                        | QMessageBox::No | QMessageBox::Close | QMessageBox::Ok);
    const QList<QAbstractButton *> buttons = box.buttons();
    QCOMPARE(buttons.size(), 7);
    for (const QAbstractButton *button : buttons)
        QVERIFY2(latinWords(button->text()).isEmpty() && !button->text().isEmpty(), qPrintable(button->text()));
}

void TestQtDialogsRussian::textFieldMenuIsRussian()
{
    QLineEdit field(QStringLiteral("текст"));
    std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    QVERIFY(menu->actions().size() >= 5);
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            QVERIFY2(latinWords(action->text()).isEmpty(), qPrintable(action->text()));
    }
}

QTEST_MAIN(TestQtDialogsRussian)
#include "tst_qtdialogsrussian.moc"
