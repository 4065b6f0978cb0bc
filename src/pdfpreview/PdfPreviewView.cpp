#include "PdfPreviewView.h"

#include <QBuffer>
#include <QPdfDocument>

PdfPreviewView::PdfPreviewView(QWidget *parent)
    : QPdfView(parent)
    , m_document(new QPdfDocument(this))
    , m_buffer(new QBuffer(this))
{
    setObjectName(QStringLiteral("previewView"));
    setDocument(m_document);
    setPageMode(QPdfView::PageMode::MultiPage);
    setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

PdfPreviewView::~PdfPreviewView()
{
    // The document tells the view when it closes; it must not do so to a view half destroyed.
    setDocument(nullptr);
    delete m_document;
}

void PdfPreviewView::showPdf(const QByteArray &content)
{
    clear();
    m_buffer->setData(content);
    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
}

void PdfPreviewView::clear()
{
    m_document->close();
    m_buffer->close();
}
