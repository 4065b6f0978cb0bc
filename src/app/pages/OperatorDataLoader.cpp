#include "OperatorDataLoader.h"

#include "widgets/InlineMessage.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

OperatorDataLoader::OperatorDataLoader(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_message(new InlineMessage(this))
{
    m_busy->setRange(0, 0); // no end is known: a busy indicator
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Loading from the operator"));
    m_busy->hide();
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the data from the operator again (F5)"));
    m_message->setObjectName(QStringLiteral("loadMessage"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_busy);
    row->addStretch();
    row->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_refresh, &QPushButton::clicked, this, &OperatorDataLoader::load);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, parent ? parent : this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &OperatorDataLoader::load);
}

void OperatorDataLoader::load()
{
    if (!m_startCalls)
        return;
    ++m_generation; // answers still on their way belong to the old load and are dropped
    m_pending = 0;
    m_failed = false;
    m_message->clear();
    m_startCalls();
    showBusy(m_pending > 0);
}

void OperatorDataLoader::fail(const ApiError &error)
{
    if (m_failed)
        return; // the first error says it; the rest would repeat it
    m_failed = true;
    const QString text = error.userMessage();
    m_message->showError(tr("%1 Press “Refresh” to try again.").arg(text));
    emit failed(text);
}

void OperatorDataLoader::settle()
{
    if (--m_pending > 0)
        return;
    showBusy(false);
    if (!m_failed)
        emit loaded();
}

void OperatorDataLoader::showBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_refresh->setEnabled(!busy);
}
