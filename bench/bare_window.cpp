// The start-up reference: the least a Qt Widgets program does to show a main window (an empty
// QMainWindow of the app's default size), with the same first-paint hook as the app.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    FirstPaintProbe::installIfRequested(application);
    QMainWindow window;
    window.resize(1000, 700);
    window.show();
    return application.exec();
}
