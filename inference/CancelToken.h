#pragma once

#include <atomic>
#include <memory>

// Shared cancel flag: the owner of a run sets it from any thread, the method polls it
// at every step (and every tile), so a cancel takes effect within one step.
class CancelToken
{
public:
    CancelToken();

    void cancel() const;
    bool isCancelled() const;

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};
