// SPDX-License-Identifier: GPL-3.0-or-later
// An I/O error on demand, for test_ioerror.py: preloaded into barntid-server or barntid-cli, it
// makes every write and sync to a file whose path contains $BARNTID_EIO_MATCH fail with EIO while
// the file $BARNTID_EIO_TRIGGER exists, after the first $BARNTID_EIO_AFTER such calls. A real
// failing disk does the same to SQLite, the key file and the export, which a full disk cannot
// show: the data is refused, not the space.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <string>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

bool pathMatches(int fd)
{
    const char *match = std::getenv("BARNTID_EIO_MATCH");
    if (!match || !*match)
        return false;
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    return std::strstr(path, match) != nullptr;
}

/** Whether this call on fd fails: the trigger is there, the path matches and the calls allowed
 *  before failing are used up. */
bool fails(int fd)
{
    const char *trigger = std::getenv("BARNTID_EIO_TRIGGER");
    if (!trigger || access(trigger, F_OK) != 0 || !pathMatches(fd))
        return false;
    static long allowed = [] {
        const char *after = std::getenv("BARNTID_EIO_AFTER");
        return after ? std::atol(after) : 0L;
    }();
    if (allowed > 0) {
        --allowed;
        return false;
    }
    errno = EIO;
    return true;
}

template<typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    return fails(fd) ? -1 : real(fd, buf, count);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    return fails(fd) ? -1 : real(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static auto real = next<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    return fails(fd) ? -1 : real(fd, buf, count, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count)
{
    static auto real = next<ssize_t (*)(int, const struct iovec *, int)>("writev");
    return fails(fd) ? -1 : real(fd, iov, count);
}

int fsync(int fd)
{
    static auto real = next<int (*)(int)>("fsync");
    return fails(fd) ? -1 : real(fd);
}

int fdatasync(int fd)
{
    static auto real = next<int (*)(int)>("fdatasync");
    return fails(fd) ? -1 : real(fd);
}

} // extern "C"
