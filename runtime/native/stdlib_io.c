/*
 * File, Env and IO functions of the standard library that talk to the operating system, and the
 * panicking wrapper of String.join.
 *
 * They are native because they make blocking system calls (a worker thread blocks in read(2) or
 * open(2) exactly as upstream's runtime does; no managed frame is on the actor's stack meanwhile,
 * and the coroutine is never switched out) and because the errors they report are the operating
 * system's: an error string is "<strerror text> (os error <errno>)", the same text as upstream
 * (Rust's io::Error), e.g. "No such file or directory (os error 2)".
 *
 * Results use the runtime's layouts (docs/architecture.md, "Values"): strings
 * { int64_t len; uint8_t bytes[len]; } from mesh_alloc_bytes, Option and Result objects
 * { int64_t tag; uint64_t value; } from mesh_alloc (Some/Ok = 0, None/Err = 1). A pointer to an
 * object being built stays in a local until it is stored, so the actor's conservative collector
 * (which may run inside any allocation) sees it on the stack.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mesh_string.h"

typedef struct mesh_tagged {
    int64_t tag;
    uint64_t value;
} mesh_tagged;

enum { TAG_OK = 0, TAG_ERR = 1, TAG_SOME = 0, TAG_NONE = 1 };

/* The longest Mesh string (MeshString.Span indexes with an int). */
#define MESH_MAX_STRING ((int64_t)2147483647)

void *mesh_alloc(int64_t size);
void *mesh_alloc_bytes(int64_t size);
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len);

/* stdlib/Core/StringParts.cs: NULL when the result would exceed the longest possible string */
mesh_string *mesh_rt_string_join(const void *list, const mesh_string *sep);
/* stdlib/Core/IO.cs */
void mesh_rt_stdout_flush(void);

/* ---- helpers ---------------------------------------------------------------------------------- */

static mesh_string *new_string(const void *bytes, size_t len)
{
    mesh_string *s = mesh_alloc_bytes((int64_t)(sizeof(int64_t) + len));
    s->len = (int64_t)len;
    if (len) memcpy(s->bytes, bytes, len);
    return s;
}

static mesh_tagged *tagged(int64_t tag, uint64_t value)
{
    mesh_tagged *t = mesh_alloc((int64_t)sizeof(mesh_tagged));
    t->tag = tag;
    t->value = value;
    return t;
}

static mesh_tagged *ok_string(const void *bytes, size_t len)
{
    mesh_string *s = new_string(bytes, len);
    return tagged(TAG_OK, (uint64_t)(uintptr_t)s);
}

static mesh_tagged *ok_unit(void) { return tagged(TAG_OK, 0); }

static mesh_tagged *err_text(const char *text)
{
    mesh_string *s = new_string(text, strlen(text));
    return tagged(TAG_ERR, (uint64_t)(uintptr_t)s);
}

/* Err("<strerror> (os error N)"), the Display text of Rust's io::Error for an OS error. */
static mesh_tagged *err_os(int code)
{
    char detail[128];
    char text[192];
    const char *d = strerror_r(code, detail, sizeof detail); /* GNU: returns the message */
    snprintf(text, sizeof text, "%s (os error %d)", d, code);
    return err_text(text);
}

static const char MSG_NUL_IN_PATH[] = "file name contained an unexpected NUL byte";
static const char MSG_INVALID_UTF8[] = "stream did not contain valid UTF-8";

/* A NUL-terminated malloc'd copy of s, or NULL if s contains a NUL byte (or malloc fails: *oom = 1). */
static char *c_string(const mesh_string *s, int *oom)
{
    *oom = 0;
    size_t len = (size_t)mesh_str_len(s);
    const uint8_t *bytes = mesh_str_bytes(s);
    if (len && memchr(bytes, 0, len)) return NULL;
    char *c = malloc(len + 1);
    if (!c) {
        *oom = 1;
        return NULL;
    }
    if (len) memcpy(c, bytes, len);
    c[len] = 0;
    return c;
}

/* Well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
static int valid_utf8(const uint8_t *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t b = p[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t min, cp;
        if ((b & 0xE0) == 0xC0) { need = 1; min = 0x80; cp = b & 0x1F; }
        else if ((b & 0xF0) == 0xE0) { need = 2; min = 0x800; cp = b & 0x0F; }
        else if ((b & 0xF8) == 0xF0) { need = 3; min = 0x10000; cp = b & 0x07; }
        else return 0;
        if (n - i <= need) return 0;
        for (size_t k = 1; k <= need; k++) {
            uint8_t c = p[i + k];
            if ((c & 0xC0) != 0x80) return 0;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
        i += need + 1;
    }
    return 1;
}

/* Writes all of buf to fd (retrying on EINTR). 0, or an errno; -1 when write made no progress. */
static int write_all(int fd, const uint8_t *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, buf, len > 0x7ffff000 ? 0x7ffff000 : len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return -1;
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

/* ---- String.join -------------------------------------------------------------------------------- */

mesh_string *mesh_string_join(const void *list, const mesh_string *sep)
{
    mesh_string *r = mesh_rt_string_join(list, sep);
    if (!r) {
        static const char msg[] = "String.join: the resulting string would be longer than the maximum of 2147483647 bytes";
        mesh_panic_at_call_site((const uint8_t *)msg, (int64_t)sizeof msg - 1);
    }
    return r;
}

/* ---- File ---------------------------------------------------------------------------------------- */

/*
 * File.read(path) -> Result<String, String>: the whole file as a string. Err for every failure to
 * open or read it (missing file, permission, a directory: "Is a directory (os error 21)"), for a
 * path containing a NUL byte, for content that is not UTF-8 ("stream did not contain valid UTF-8")
 * and for a file longer than the longest possible string.
 */
mesh_tagged *mesh_file_read(const mesh_string *path)
{
    int oom;
    char *cpath = c_string(path, &oom);
    if (!cpath) return oom ? err_os(ENOMEM) : err_text(MSG_NUL_IN_PATH);
    int fd;
    do fd = open(cpath, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    int open_errno = errno;
    free(cpath);
    if (fd < 0) return err_os(open_errno);

    size_t cap = 8192;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size < MESH_MAX_STRING) {
        cap = (size_t)st.st_size + 1; /* one more byte to see the end without growing */
    }
    uint8_t *buf = malloc(cap);
    size_t len = 0;
    int error = buf ? 0 : ENOMEM;
    int too_long = 0;
    while (!error) {
        if (len == cap) {
            if ((int64_t)cap > MESH_MAX_STRING) {
                too_long = 1;
                break;
            }
            size_t ncap = cap * 2;
            uint8_t *nbuf = realloc(buf, ncap);
            if (!nbuf) {
                error = ENOMEM;
                break;
            }
            buf = nbuf;
            cap = ncap;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno;
            break;
        }
        if (n == 0) break;
        len += (size_t)n;
    }
    close(fd);
    mesh_tagged *result;
    if (error) result = err_os(error);
    else if (too_long || (int64_t)len > MESH_MAX_STRING)
        result = err_text("the file is longer than the maximum string length of 2147483647 bytes");
    else if (!valid_utf8(buf, len)) result = err_text(MSG_INVALID_UTF8);
    else result = ok_string(buf, len);
    free(buf);
    return result;
}

/* Opens path with flags (mode 0666 before the umask), writes content, closes. Ok(()) or Err. */
static mesh_tagged *write_file(const mesh_string *path, const mesh_string *content, int flags)
{
    int oom;
    char *cpath = c_string(path, &oom);
    if (!cpath) return oom ? err_os(ENOMEM) : err_text(MSG_NUL_IN_PATH);
    int fd;
    do fd = open(cpath, flags | O_CLOEXEC, 0666);
    while (fd < 0 && errno == EINTR);
    int open_errno = errno;
    free(cpath);
    if (fd < 0) return err_os(open_errno);
    int error = write_all(fd, mesh_str_bytes(content), (size_t)mesh_str_len(content));
    close(fd);
    if (error == -1) return err_text("failed to write whole buffer");
    if (error) return err_os(error);
    return ok_unit();
}

/* File.write(path, content) -> Result<(), String>: creates the file or truncates it, then writes. */
mesh_tagged *mesh_file_write(const mesh_string *path, const mesh_string *content)
{
    return write_file(path, content, O_WRONLY | O_CREAT | O_TRUNC);
}

/* File.append(path, content) -> Result<(), String>: writes at the end, creating the file if needed. */
mesh_tagged *mesh_file_append(const mesh_string *path, const mesh_string *content)
{
    return write_file(path, content, O_WRONLY | O_CREAT | O_APPEND);
}

/* File.delete(path) -> Result<(), String>: unlink(2); a directory is an error ("Is a directory (os error 21)"). */
mesh_tagged *mesh_file_delete(const mesh_string *path)
{
    int oom;
    char *cpath = c_string(path, &oom);
    if (!cpath) return oom ? err_os(ENOMEM) : err_text(MSG_NUL_IN_PATH);
    int rc = unlink(cpath);
    int error = errno;
    free(cpath);
    return rc == 0 ? ok_unit() : err_os(error);
}

/* ---- Env ----------------------------------------------------------------------------------------- */

/*
 * Env.get(name) -> Option<String>: Some(value) when the variable is set (an empty value included);
 * None when it is not set, when its value is not UTF-8, or when the name is empty or contains '='
 * or a NUL byte (no variable can have such a name).
 */
mesh_tagged *mesh_env_get(const mesh_string *name)
{
    size_t len = (size_t)mesh_str_len(name);
    const uint8_t *bytes = mesh_str_bytes(name);
    if (len == 0 || memchr(bytes, '=', len) || memchr(bytes, 0, len)) return tagged(TAG_NONE, 0);
    int oom;
    char *cname = c_string(name, &oom);
    if (!cname) return tagged(TAG_NONE, 0);
    const char *value = getenv(cname); /* nothing in the runtime calls setenv */
    free(cname);
    if (!value) return tagged(TAG_NONE, 0);
    size_t vlen = strlen(value);
    if (!valid_utf8((const uint8_t *)value, vlen)) return tagged(TAG_NONE, 0);
    mesh_string *s = new_string(value, vlen);
    return tagged(TAG_SOME, (uint64_t)(uintptr_t)s);
}

/* ---- IO.read_line ------------------------------------------------------------------------------- */

/* Standard input, read ahead in blocks, shared by all actors. */
static pthread_mutex_t stdin_lock = PTHREAD_MUTEX_INITIALIZER;
static uint8_t stdin_buf[8192];
static size_t stdin_pos, stdin_len;

/*
 * IO.read_line() -> Result<String, String>: the next line of standard input without its "\n" (and
 * without a "\r" just before it). A last line without a line break is still a line; once nothing is
 * left the result is Err("end of input"), every time, so a loop reading until the end can tell it from
 * an empty line (upstream gives Ok(""), like an empty line; Gleam gives Error(Eof), Elixir :eof, Go
 * io.EOF). Err with the OS message if reading fails, or "stream did not contain valid UTF-8" (the
 * line is consumed). Flushes standard output first, so a prompt printed with `print` shows up. Blocks the
 * calling worker thread until a line is available.
 */
mesh_tagged *mesh_io_read_line(void)
{
    mesh_rt_stdout_flush();
    pthread_mutex_lock(&stdin_lock);
    uint8_t *line = NULL;
    size_t len = 0, cap = 0;
    int error = 0, too_long = 0;
    for (;;) {
        if (stdin_pos < stdin_len) {
            uint8_t *start = stdin_buf + stdin_pos;
            size_t avail = stdin_len - stdin_pos;
            uint8_t *nl = memchr(start, '\n', avail);
            size_t take = nl ? (size_t)(nl - start) + 1 : avail;
            if (len + take > cap) {
                size_t ncap = cap ? cap : 128;
                while (ncap < len + take) ncap *= 2;
                uint8_t *nline = realloc(line, ncap);
                if (!nline) {
                    error = ENOMEM;
                    break;
                }
                line = nline;
                cap = ncap;
            }
            memcpy(line + len, start, take);
            len += take;
            stdin_pos += take;
            if (nl) break;
            if ((int64_t)len > MESH_MAX_STRING) {
                too_long = 1;
                break;
            }
            continue;
        }
        ssize_t n = read(0, stdin_buf, sizeof stdin_buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = errno;
            break;
        }
        stdin_pos = 0;
        stdin_len = (size_t)n;
        if (n == 0) break; /* end of input */
    }
    pthread_mutex_unlock(&stdin_lock);

    mesh_tagged *result;
    if (error) {
        result = err_os(error);
    } else if (too_long) {
        result = err_text("the line is longer than the maximum string length of 2147483647 bytes");
    } else if (len == 0) {
        result = err_text("end of input");
    } else {
        if (len > 0 && line[len - 1] == '\n') {
            len--;
            if (len > 0 && line[len - 1] == '\r') len--;
        }
        result = valid_utf8(line, len) ? ok_string(line, len) : err_text(MSG_INVALID_UTF8);
    }
    free(line);
    return result;
}
