// «Обратная связь» against the sandbox: a message (with an attachment) reaches the operator, a file over
// the contract's limit is refused before sending, and the typed text survives a failed send.
#include "OperatorPageTesting.h"
#include "api/OperatorApi.h"
#include "models/FeedbackTableModel.h"
#include "pages/FeedbackPage.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestFeedbackPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheSentMessagesWithTheirStatus();
    void readsTheOperatorsAnswer();
    void sendsAMessageWithAnAttachment();
    void refusesAnAttachmentOverTheLimitBeforeSending();
    void sendsAnAttachmentOfExactlyTheLimit();
    void keepsTheTextWhenTheSendFails();

private:
    QLineEdit *topic() const { return m_page->findChild<QLineEdit *>(u"topicEdit"_s); }
    QPlainTextEdit *text() const { return m_page->findChild<QPlainTextEdit *>(u"textEdit"_s); }
    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }
    InlineMessage *sendMessage() const { return m_page->findChild<InlineMessage *>(u"sendMessage"_s); }
    QJsonArray operatorMessages() { return operatorGet(*m_logged, u"/feedback"_s).value(u"items"_s).toArray(); }
    void attachThroughTheDialog(const QString &path);
    void typeMessage(const QString &topicText, const QString &body);

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<FeedbackPage> m_page;
    QTemporaryDir m_files;
};

void TestFeedbackPage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    m_page = std::make_unique<FeedbackPage>(m_logged->context());
    QVERIFY(showAndLoad(m_page.get()));
    QVERIFY(!loaderOf(m_page.get())->hasError());
}

void TestFeedbackPage::cleanup()
{
    m_page.reset();
    m_logged.reset();
}

void TestFeedbackPage::attachThroughTheDialog(const QString &path)
{
    QTest::mouseClick(button("attachButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>()) != nullptr && dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the dialog's Save/Open button does
    QTRY_VERIFY(m_page->findChild<QFileDialog *>() == nullptr);
}

void TestFeedbackPage::typeMessage(const QString &topicText, const QString &body)
{
    QVERIFY(!button("sendButton")->isEnabled()); // nothing to send yet
    typeText(topic(), topicText);
    text()->setFocus();
    typeText(text(), body);
    QVERIFY(button("sendButton")->isEnabled());
}

void TestFeedbackPage::listsTheSentMessagesWithTheirStatus()
{
    const QJsonArray expected = operatorMessages();
    QCOMPARE(expected.size(), 3);
    auto *view = m_page->findChild<QTableView *>(u"messagesView"_s);
    QCOMPARE(view->model()->rowCount(), 3);
    QStringList statuses;
    for (int row = 0; row < 3; ++row)
        statuses.append(view->model()->index(row, FeedbackTableModel::StatusColumn).data().toString());
    QCOMPARE(statuses, (QStringList{u"Received"_s, u"In progress"_s, u"Answered"_s})); // newest first
}

void TestFeedbackPage::readsTheOperatorsAnswer()
{
    QJsonObject answered;
    for (const QJsonValue &message : operatorMessages()) {
        if (message.toObject().value(u"status"_s).toString() == u"answered"_s)
            answered = message.toObject();
    }
    const QString answer = answered.value(u"answer"_s).toObject().value(u"text"_s).toString();
    QVERIFY(!answer.isEmpty());
    auto *view = m_page->findChild<QTableView *>(u"messagesView"_s);
    auto *details = m_page->findChild<QLabel *>(u"messageDetailsLabel"_s);
    QVERIFY(!details->text().contains(answer));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier); // the oldest, answered, message, by keyboard
    QVERIFY(details->text().contains(answered.value(u"text"_s).toString()));
    QVERIFY(details->text().contains(answer));
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QVERIFY(!details->text().contains(answer));
}

void TestFeedbackPage::sendsAMessageWithAnAttachment()
{
    const QString path = m_files.filePath(u"акт сверки.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000, 'x'));
    file.close();

    typeMessage(u"Акт сверки"_s, u"Пришлите, пожалуйста, акт сверки за III квартал."_s);
    attachThroughTheDialog(path);
    QVERIFY(m_page->findChild<QLabel *>(u"attachmentLabel"_s)->text().contains(u"акт сверки.txt"_s));
    QTest::mouseClick(button("sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sendMessage()->tone(), InlineMessage::Tone::Success, 20000);

    const QJsonObject sent = operatorMessages().first().toObject();
    QCOMPARE(sent.value(u"topic"_s).toString(), u"Акт сверки"_s);
    QCOMPARE(sent.value(u"text"_s).toString(), u"Пришлите, пожалуйста, акт сверки за III квартал."_s);
    QCOMPARE(sent.value(u"attachment_name"_s).toString(), u"акт сверки.txt"_s);
    QVERIFY(topic()->text().isEmpty()); // cleared only now, after the operator accepted it
    QVERIFY(text()->toPlainText().isEmpty());
    QVERIFY(!button("removeAttachmentButton")->isEnabled());
    QTRY_COMPARE(m_page->findChild<QTableView *>(u"messagesView"_s)->model()->rowCount(), 4);
}

void TestFeedbackPage::refusesAnAttachmentOverTheLimitBeforeSending()
{
    const QString path = m_files.filePath(u"big.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(FeedbackAttachment::MaxBytes + 1));
    file.close();

    typeMessage(u"Большой файл"_s, u"Текст"_s);
    attachThroughTheDialog(path);
    QCOMPARE(sendMessage()->tone(), InlineMessage::Tone::Error);
    QVERIFY(sendMessage()->isVisible());
    QVERIFY(sendMessage()->text().contains(u"big.bin"_s));
    QVERIFY(!button("removeAttachmentButton")->isEnabled()); // nothing attached

    QVERIFY(button("sendButton")->isEnabled()); // the message itself can still go, without the file
    QCOMPARE(topic()->text(), u"Большой файл"_s);
}

void TestFeedbackPage::sendsAnAttachmentOfExactlyTheLimit()
{
    const QString path = m_files.filePath(u"limit.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(FeedbackAttachment::MaxBytes));
    file.close();

    typeMessage(u"Ровно 2 МиБ"_s, u"Текст"_s);
    attachThroughTheDialog(path);
    QVERIFY(button("removeAttachmentButton")->isEnabled()); // accepted by the app
    QTest::mouseClick(button("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!button("cancelSendButton")->isVisible(), 30000);
    QVERIFY2(sendMessage()->tone() == InlineMessage::Tone::Success, qPrintable(sendMessage()->text()));
    QCOMPARE(operatorMessages().first().toObject().value(u"attachment_name"_s).toString(), u"limit.bin"_s);
}

void TestFeedbackPage::keepsTheTextWhenTheSendFails()
{
    QVERIFY(m_logged->sandbox().addFault(statusFault(u"/feedback"_s, 500, 1)));
    typeMessage(u"Качество связи"_s, u"Снова пропадает звук."_s);
    QTest::mouseClick(button("sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sendMessage()->tone(), InlineMessage::Tone::Error, 20000);
    QCOMPARE(topic()->text(), u"Качество связи"_s);
    QCOMPARE(text()->toPlainText(), u"Снова пропадает звук."_s);
    QVERIFY(!topic()->isReadOnly());
    QCOMPARE(operatorMessages().size(), 3); // nothing reached the operator

    QTest::mouseClick(button("sendButton"), Qt::LeftButton); // the retry is one click
    QTRY_COMPARE_WITH_TIMEOUT(sendMessage()->tone(), InlineMessage::Tone::Success, 20000);
    const QJsonArray messages = operatorMessages();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.first().toObject().value(u"text"_s).toString(), u"Снова пропадает звук."_s);
    QVERIFY(text()->toPlainText().isEmpty());
}

QTEST_MAIN(TestFeedbackPage)
#include "tst_feedbackpage.moc"
