// «Справка»: F1 opens the user manual at the section of the page shown, the manual has a section for
// every page, a missing manual says so, and «О программе» names the version and the libraries.
#include "MainWindow.h"
#include "help/AboutDialog.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "help/UserManual.h"
#include "navigation/MenuCatalog.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(PageId)

namespace {
const QString ManualFolder = QStringLiteral(SIPCABINET_MANUAL_DIR);
} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageHasItsSection();
    void f1OpensThePagesSection_data();
    void f1OpensThePagesSection();
    void f1OnTheLoginForm();
    void aMissingManualSaysSo();
    void aboutNamesTheVersionAndTheLibraries();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpWindow::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCABINET_VERSION));
    m_window = std::make_unique<MainWindow>();
    m_window->setManualFolder(ManualFolder);
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHelpWindow::everyPageHasItsSection()
{
    UserManual manual(ManualFolder);
    QString problem;
    QVERIFY2(manual.load(&problem), qPrintable(problem));
    QStringList topics{HelpTopics::Login, HelpTopics::Rules, HelpTopics::MonthEndPack};
    for (const MenuEntry &entry : MenuCatalog::entries())
        topics << HelpTopics::of(entry.id);
    for (const QString &topic : std::as_const(topics))
        QVERIFY2(!manual.headingOf(topic).isEmpty(), qPrintable(topic));
    QVERIFY(!manual.images().isEmpty());
    for (const QString &image : manual.images()) // committed, and retaken by the manual_screenshots test
        QVERIFY2(!image.contains(QStringLiteral("..")) && QFile::exists(QDir(ManualFolder).filePath(image)),
                 qPrintable(image));
}

void TestHelpWindow::f1OpensThePagesSection_data()
{
    QTest::addColumn<PageId>("id");
    for (const MenuEntry &entry : MenuCatalog::entries())
        QTest::newRow(qPrintable(entry.key)) << entry.id;
}

void TestHelpWindow::f1OpensThePagesSection()
{
    QFETCH(PageId, id);
    m_window->showMenu();
    m_window->showPage(id);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    HelpWindow *help = m_window->helpWindow();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    UserManual manual(ManualFolder);
    QString problem;
    QVERIFY(manual.load(&problem));
    const QString heading = manual.headingOf(HelpTopics::of(id));
    QVERIFY2(help->headingsInView().contains(heading),
             qPrintable(heading + QStringLiteral(" not in ") + help->headingsInView().join(QLatin1Char('|'))));
    help->close();
}

void TestHelpWindow::f1OnTheLoginForm()
{
    m_window->showLogin();
    m_window->showHelp();
    UserManual manual(ManualFolder);
    QString problem;
    QVERIFY(manual.load(&problem));
    QVERIFY(m_window->helpWindow()->headingsInView().contains(manual.headingOf(HelpTopics::Login)));
    m_window->helpWindow()->close();
}

void TestHelpWindow::aMissingManualSaysSo()
{
    QTemporaryDir empty;
    HelpWindow help(empty.path());
    QVERIFY(!help.showTopic(HelpTopics::Login));
    auto *problem = help.findChild<InlineMessage *>();
    QVERIFY(problem && problem->isVisible());
    QCOMPARE(problem->tone(), InlineMessage::Tone::Error);
    QVERIFY(!problem->text().isEmpty());
}

void TestHelpWindow::aboutNamesTheVersionAndTheLibraries()
{
    m_window->showMenu();
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("versionLabel"))->text().contains(QStringLiteral(SIPCABINET_VERSION)));
    const QString libraries = about->findChild<QLabel *>(QStringLiteral("librariesLabel"))->text();
    for (const AboutDialog::Library &library : AboutDialog::libraries())
        QVERIFY2(libraries.contains(library.name.toHtmlEscaped()) && libraries.contains(library.licence.toHtmlEscaped()),
                 qPrintable(library.name));
    about->close();
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
