#include "XlsxTable.h"

#include "platform/CNumericLocale.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#include <xlsxwriter.h>

namespace {
// Excel's column width is in characters of the default font; a little air on both sides, and a cap so one
// long comment does not push everything off screen.
constexpr double WidthPadding = 2.0;
constexpr qsizetype MaxWidth = 60;
constexpr const char *MoneyFormat = "#,##0.00\\ \"₽\";-#,##0.00\\ \"₽\"";
constexpr const char *DateFormat = "dd.mm.yyyy";
} // namespace

struct XlsxTable::Workbook
{
    // libxlsxwriter prints numbers with the C library; the whole file is written with a decimal point.
    CNumericLocale numericLocale;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *header = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalMoney = nullptr;
    QByteArray tmpdir;

    ~Workbook()
    {
        if (book)
            workbook_close(book); // only reached when the file is abandoned: it is removed after
    }
};

XlsxTable::XlsxTable(const QString &path, const QString &sheetName, const QList<Column> &columns)
    : m_path(path)
    , m_partPath(path + QStringLiteral(".part"))
    , m_sheetName(sheetName)
    , m_columns(columns)
    , m_widths(columns.size(), 0)
{
    for (int column = 0; column < m_columns.size(); ++column)
        widen(column, m_columns.at(column).title.size());
}

XlsxTable::~XlsxTable()
{
    if (m_book) {
        m_book.reset();
        QFile::remove(m_partPath);
    }
}

bool XlsxTable::open(int rowCount, QString *error)
{
    m_book = std::make_unique<Workbook>();
    // Its temporary files beside the result: never a memory-backed /tmp, and the same disk as the file.
    m_book->tmpdir = QFile::encodeName(QFileInfo(m_path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_book->tmpdir.data();
    m_book->book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_book->book) {
        m_book.reset();
        *error = tr("the file could not be created");
        return false;
    }
    m_book->sheet = workbook_add_worksheet(m_book->book, m_sheetName.left(31).toUtf8().constData());
    m_book->header = workbook_add_format(m_book->book);
    format_set_bold(m_book->header);
    m_book->money = workbook_add_format(m_book->book);
    format_set_num_format(m_book->money, MoneyFormat);
    m_book->date = workbook_add_format(m_book->book);
    format_set_num_format(m_book->date, DateFormat);
    m_book->totalText = workbook_add_format(m_book->book);
    format_set_bold(m_book->totalText);
    m_book->totalMoney = workbook_add_format(m_book->book);
    format_set_bold(m_book->totalMoney);
    format_set_num_format(m_book->totalMoney, MoneyFormat);
    for (int column = 0; column < m_columns.size(); ++column) {
        worksheet_write_string(m_book->sheet, 0, lxw_col_t(column), m_columns.at(column).title.toUtf8().constData(),
                               m_book->header);
    }
    worksheet_freeze_panes(m_book->sheet, 1, 0);
    // Set now: rows are streamed, so the filter's range cannot reach back over them at the end.
    worksheet_autofilter(m_book->sheet, 0, 0, lxw_row_t(qMax(0, rowCount)), lxw_col_t(m_columns.size() - 1));
    return true;
}

void XlsxTable::addRow(const QVariantList &cells)
{
    if (!m_book)
        return;
    for (int column = 0; column < m_columns.size() && column < cells.size(); ++column)
        writeCell(m_nextRow, column, cells.at(column));
    ++m_nextRow;
}

void XlsxTable::writeCell(int row, int column, const QVariant &value)
{
    lxw_worksheet *sheet = m_book->sheet;
    switch (m_columns.at(column).type) {
    case Type::Money: {
        if (value.metaType() != QMetaType::fromType<Money>())
            return; // a sum not known: an empty cell, not a zero
        const Money money = value.value<Money>();
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), double(money.minorUnits()) / 100.0,
                               m_book->money);
        widen(column, money.toDecimalString().size() + 4);
        return;
    }
    case Type::Date: {
        const QDate date = value.toDate();
        if (!date.isValid())
            return;
        lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
        worksheet_write_datetime(sheet, lxw_row_t(row), lxw_col_t(column), &when, m_book->date);
        widen(column, 10);
        return;
    }
    case Type::Integer:
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), double(value.toLongLong()), nullptr);
        widen(column, QString::number(value.toLongLong()).size());
        return;
    case Type::Text:
        break;
    }
    const QString text = value.toString();
    if (!text.isEmpty())
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), nullptr);
    widen(column, text.size());
}

void XlsxTable::widen(int column, qsizetype characters)
{
    m_widths[column] = qMax(m_widths.at(column), qMin(characters, MaxWidth));
}

bool XlsxTable::finish(const QString &totalLabel, QString *error)
{
    if (!m_book) {
        *error = tr("the file was not started");
        return false;
    }
    const int lastDataRow = m_nextRow - 1;
    const int totalsRow = m_nextRow;
    lxw_worksheet *sheet = m_book->sheet;
    worksheet_write_string(sheet, lxw_row_t(totalsRow), 0, totalLabel.toUtf8().constData(), m_book->totalText);
    widen(0, totalLabel.size());
    for (int column = 0; column < m_columns.size(); ++column) {
        if (!m_columns.at(column).totalled)
            continue;
        char from[16], to[16];
        lxw_rowcol_to_cell(from, lxw_row_t(1), lxw_col_t(column));
        lxw_rowcol_to_cell(to, lxw_row_t(qMax(1, lastDataRow)), lxw_col_t(column));
        const QByteArray formula = QByteArrayLiteral("=SUM(") + from + ':' + to + ')';
        worksheet_write_formula(sheet, lxw_row_t(totalsRow), lxw_col_t(column), formula.constData(),
                                m_columns.at(column).type == Type::Money ? m_book->totalMoney : m_book->totalText);
    }
    for (int column = 0; column < m_columns.size(); ++column)
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), double(m_widths.at(column)) + WidthPadding,
                             nullptr);
    const lxw_error closed = workbook_close(m_book->book);
    m_book->book = nullptr;
    m_book.reset();
    if (closed != LXW_NO_ERROR) {
        *error = QString::fromUtf8(lxw_strerror(closed));
        QFile::remove(m_partPath);
        return false;
    }
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(m_partPath.toStdU16String()),
                            std::filesystem::path(m_path.toStdU16String()), renameError);
    if (renameError) {
        *error = QString::fromStdString(renameError.message());
        QFile::remove(m_partPath);
        return false;
    }
    return true;
}
