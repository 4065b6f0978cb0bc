#pragma once

#include <QPdfView>

class QBuffer;
class QPdfDocument;

// A PDF view that owns its document and the bytes it reads them from.
class PdfPreviewView : public QPdfView
{
    Q_OBJECT

public:
    explicit PdfPreviewView(QWidget *parent);
    ~PdfPreviewView() override;

    void showPdf(const QByteArray &content);
    void clear();

private:
    QPdfDocument *m_document;
    QBuffer *m_buffer;
};
