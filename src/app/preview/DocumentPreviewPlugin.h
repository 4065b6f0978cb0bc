#pragma once

#include <QByteArray>
#include <QtPlugin>

class QWidget;

// The archive's document preview, as a plugin: Qt PDF and its PDF engine are loaded the first time a document
// is previewed, not at every start (docs/performance.md). The interface passes plain widgets, so the app and
// the plugin share no class of their own across the boundary.
class DocumentPreviewPlugin
{
public:
    virtual ~DocumentPreviewPlugin() = default;

    // A view that shows one document (object name "previewView"); it belongs to parent.
    virtual QWidget *createView(QWidget *parent) = 0;
    // Shows these bytes of a PDF; the view keeps its own copy.
    virtual void showPdf(QWidget *view, const QByteArray &content) = 0;
    virtual void clear(QWidget *view) = 0;
};

#define DocumentPreviewPlugin_iid "org.sipcabinet.DocumentPreviewPlugin/1.0"
Q_DECLARE_INTERFACE(DocumentPreviewPlugin, DocumentPreviewPlugin_iid)
