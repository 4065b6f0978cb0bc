#pragma once

#include "preview/DocumentPreviewPlugin.h"

#include <QObject>

// DocumentPreviewPlugin with Qt PDF: a multi-page view fitted to its width.
class PdfPreviewPlugin : public QObject, public DocumentPreviewPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DocumentPreviewPlugin_iid)
    Q_INTERFACES(DocumentPreviewPlugin)

public:
    QWidget *createView(QWidget *parent) override;
    void showPdf(QWidget *view, const QByteArray &content) override;
    void clear(QWidget *view) override;
};
