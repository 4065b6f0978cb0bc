#include "FileDialogs.h"

#include "format/DataSizeText.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>

namespace {

constexpr int SizeColumn = 1;

// Qt's file system model with its size column rewritten; everything else passes through.
class FileSizeText : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == SizeColumn) {
            const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
            const QModelIndex source = mapToSource(index);
            if (files && !files->isDir(source))
                return DataSizeText::of(files->size(source));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString askModal(QFileDialog *dialog)
{
    std::unique_ptr<QFileDialog> owner(dialog);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

} // namespace

namespace FileDialogs {

QFileDialog *create(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setProxyModel(new FileSizeText(dialog));
    return dialog;
}

void openSaveAs(QWidget *parent, const QString &caption, const QString &suggested, const QList<FileType> &types,
                const std::function<void(const QString &)> &save)
{
    QStringList filters;
    for (const FileType &type : types)
        filters.append(type.filter);
    QFileDialog *dialog = create(parent, caption, suggested, filters.join(QStringLiteral(";;")));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(types.value(0).suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, types](const QString &filter) {
        for (const FileType &type : types) {
            if (type.filter == filter)
                dialog->setDefaultSuffix(type.suffix);
        }
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, save);
    dialog->open();
}

QString askSavePath(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, suggested, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    return askModal(dialog);
}

QString askNewFolder(QWidget *parent, const QString &caption, const QString &suggested)
{
    QFileDialog *dialog = create(parent, caption, suggested);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return askModal(dialog);
}

QString askExistingFolder(QWidget *parent, const QString &caption, const QString &start)
{
    QFileDialog *dialog = create(parent, caption, start);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return askModal(dialog);
}

} // namespace FileDialogs
