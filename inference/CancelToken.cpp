#include "CancelToken.h"

CancelToken::CancelToken()
    : m_flag(std::make_shared<std::atomic<bool>>(false))
{
}

void CancelToken::cancel() const
{
    m_flag->store(true, std::memory_order_relaxed);
}

bool CancelToken::isCancelled() const
{
    return m_flag->load(std::memory_order_relaxed);
}
