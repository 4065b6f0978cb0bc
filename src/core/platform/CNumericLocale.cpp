#include "CNumericLocale.h"

#include <clocale>
#include <string>

#if defined(Q_OS_WIN) || defined(_WIN32)
#include <locale.h>

struct CNumericLocale::State
{
    int previousMode = 0;
    std::string previousNumeric;
};

CNumericLocale::CNumericLocale()
    : m_state(std::make_unique<State>())
{
    m_state->previousMode = _configthreadlocale(_ENABLE_PER_THREAD_LOCALE);
    if (const char *numeric = std::setlocale(LC_NUMERIC, nullptr))
        m_state->previousNumeric = numeric;
    std::setlocale(LC_NUMERIC, "C");
}

CNumericLocale::~CNumericLocale()
{
    std::setlocale(LC_NUMERIC, m_state->previousNumeric.c_str());
    _configthreadlocale(m_state->previousMode);
}

#else
#include <locale.h>

struct CNumericLocale::State
{
    locale_t numeric = nullptr;
    locale_t previous = nullptr;
};

CNumericLocale::CNumericLocale()
    : m_state(std::make_unique<State>())
{
    // A copy of the thread's locale with only LC_NUMERIC replaced: text and dates keep the user's.
    locale_t current = duplocale(uselocale(nullptr));
    if (!current)
        return;
    m_state->numeric = newlocale(LC_NUMERIC_MASK, "C", current);
    if (!m_state->numeric) {
        freelocale(current);
        return;
    }
    m_state->previous = uselocale(m_state->numeric);
}

CNumericLocale::~CNumericLocale()
{
    if (!m_state->numeric)
        return;
    uselocale(m_state->previous);
    freelocale(m_state->numeric);
}
#endif
