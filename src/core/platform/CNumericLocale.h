#pragma once

#include <memory>

// While one lives, this thread writes numbers with a decimal point whatever the user's locale: C libraries
// that print numbers with the C library (libxlsxwriter writes "%.16G") would otherwise write "1234,56" into
// a file format that requires "1234.56" under a Russian locale. Only this thread is affected, and the
// previous setting comes back when it ends. The platform file: POSIX uselocale(), Windows per-thread locales.
class CNumericLocale
{
public:
    CNumericLocale();
    ~CNumericLocale();
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    struct State;
    std::unique_ptr<State> m_state;
};
