#pragma once

#include <QDialog>

// «О программе»: the version, the licence, and every library the program uses with its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    struct Library
    {
        QString name;
        QString purpose;
        QString licence;
    };
    // The libraries of the installed program; docs/architecture.md lists the same.
    static QList<Library> libraries();
};
