#include "PdfPreviewPlugin.h"

#include "PdfPreviewView.h"

QWidget *PdfPreviewPlugin::createView(QWidget *parent)
{
    return new PdfPreviewView(parent);
}

void PdfPreviewPlugin::showPdf(QWidget *view, const QByteArray &content)
{
    if (auto *pdf = qobject_cast<PdfPreviewView *>(view))
        pdf->showPdf(content);
}

void PdfPreviewPlugin::clear(QWidget *view)
{
    if (auto *pdf = qobject_cast<PdfPreviewView *>(view))
        pdf->clear();
}
