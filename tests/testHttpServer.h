/* testHttpServer.h — a canned HTTP/1.1 server on 127.0.0.1 for unit tests
 * (a thread in the test process; loopback only).
 *
 * Each connection gets one request and one reply from the script, in order,
 * always with "Connection: close" so clients never reuse a connection. A
 * reply with .silent set reads the request and then never answers (until
 * the client hangs up or the server stops), to exercise client timeouts.
 * Requests (head + body, NUL-terminated) are kept for assertions.
 *
 *   static const TestHttpReply r[] = {{.status = 200, .body = "{}"}};
 *   TestHttpServer s;
 *   test_http_start(&s, r, 1);
 *   ... request http://127.0.0.1:<s.port>/... ...
 *   test_http_stop(&s);
 *   s.requests[0] holds what arrived.
 */
#ifndef CS_TEST_HTTP_SERVER_H
#define CS_TEST_HTTP_SERVER_H

#include <arpa/inet.h>
#include <criterion/criterion.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define TEST_HTTP_MAX_REQUESTS 4
#define TEST_HTTP_REQUEST_MAX (64 * 1024)

typedef struct TestHttpReply {
    int status;
    const char *headers; /* extra "Name: value\r\n" lines, or NULL */
    const char *body;    /* NULL = empty */
    size_t body_len;     /* 0 = strlen(body) */
    int silent;          /* read the request, never answer */
} TestHttpReply;

typedef struct TestHttpServer {
    int fd;
    int port;
    int stop_pipe[2];
    const TestHttpReply *replies;
    int nreplies;
    int served;
    char requests[TEST_HTTP_MAX_REQUESTS][TEST_HTTP_REQUEST_MAX];
    size_t request_len[TEST_HTTP_MAX_REQUESTS];
    pthread_t thread;
} TestHttpServer;

/* Reads one request (head, then Content-Length bytes of body) into buf. */
static inline size_t test_http_read_request(int c, char *buf, size_t cap)
{
    size_t got = 0;
    long want = -1;
    memset(buf, 0, cap);
    while (got < cap - 1) {
        ssize_t n = read(c, buf + got, cap - 1 - got);
        if (n <= 0)
            break;
        got += (size_t)n;
        char *end = strstr(buf, "\r\n\r\n");
        if (end && want < 0) {
            char *cl = strcasestr(buf, "Content-Length:");
            want = (long)(end + 4 - buf) + (cl && cl < end ? strtol(cl + 15, NULL, 10) : 0);
        }
        if (want >= 0 && (long)got >= want)
            break;
    }
    return got;
}

static inline void test_http_send_all(int c, const char *p, size_t n)
{
    while (n > 0) {
        /* MSG_NOSIGNAL: a client that hung up must not kill the test with SIGPIPE. */
        ssize_t w = send(c, p, n, MSG_NOSIGNAL);
        if (w <= 0)
            return;
        p += w;
        n -= (size_t)w;
    }
}

static inline void *test_http_serve(void *arg)
{
    TestHttpServer *s = arg;
    char scratch[TEST_HTTP_REQUEST_MAX];
    for (int i = 0; i < s->nreplies; i++) {
        struct pollfd pf[2] = {{.fd = s->fd, .events = POLLIN}, {.fd = s->stop_pipe[0], .events = POLLIN}};
        if (poll(pf, 2, -1) <= 0 || pf[1].revents)
            break;
        int c = accept(s->fd, NULL, NULL);
        if (c < 0)
            break;
        char *buf = i < TEST_HTTP_MAX_REQUESTS ? s->requests[i] : scratch;
        size_t got = test_http_read_request(c, buf, TEST_HTTP_REQUEST_MAX);
        if (i < TEST_HTTP_MAX_REQUESTS)
            s->request_len[i] = got;
        const TestHttpReply *r = &s->replies[i];
        if (r->silent) {
            /* Wait for the client to give up (EOF) or for test_http_stop. */
            struct pollfd w[2] = {{.fd = c, .events = POLLIN}, {.fd = s->stop_pipe[0], .events = POLLIN}};
            char sink[256];
            while (poll(w, 2, 30000) > 0 && !w[1].revents && read(c, sink, sizeof sink) > 0)
                ;
        } else {
            const char *body = r->body ? r->body : "";
            size_t blen = r->body_len ? r->body_len : strlen(body);
            char head[1024];
            int hl = snprintf(head, sizeof head,
                              "HTTP/1.1 %d X\r\nContent-Type: application/json\r\nContent-Length: %zu\r\n"
                              "%sConnection: close\r\n\r\n",
                              r->status, blen, r->headers ? r->headers : "");
            test_http_send_all(c, head, (size_t)hl);
            test_http_send_all(c, body, blen);
        }
        close(c);
        s->served++;
    }
    return NULL;
}

/* Listens on an ephemeral loopback port (s->port) and serves the script. */
static inline void test_http_start(TestHttpServer *s, const TestHttpReply *replies, int n)
{
    memset(s, 0, sizeof *s);
    s->replies = replies;
    s->nreplies = n;
    cr_assert_eq(pipe(s->stop_pipe), 0);
    s->fd = socket(AF_INET, SOCK_STREAM, 0);
    cr_assert_geq(s->fd, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = 0};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    cr_assert_eq(bind(s->fd, (struct sockaddr *)&sa, sizeof sa), 0);
    cr_assert_eq(listen(s->fd, 8), 0);
    socklen_t len = sizeof sa;
    getsockname(s->fd, (struct sockaddr *)&sa, &len);
    s->port = ntohs(sa.sin_port);
    cr_assert_eq(pthread_create(&s->thread, NULL, test_http_serve, s), 0);
}

/* Stops serving (also wakes a silent reply), joins the thread, closes fds. */
static inline void test_http_stop(TestHttpServer *s)
{
    ssize_t w = write(s->stop_pipe[1], "x", 1);
    (void)w;
    pthread_join(s->thread, NULL);
    close(s->fd);
    close(s->stop_pipe[0]);
    close(s->stop_pipe[1]);
}

/* A loopback port that nothing listens on (bound, then closed). */
static inline int test_http_dead_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = 0};
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    cr_assert_eq(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
    socklen_t len = sizeof sa;
    getsockname(fd, (struct sockaddr *)&sa, &len);
    close(fd);
    return ntohs(sa.sin_port);
}

/* The body of a kept request (after the blank line), or NULL. */
static inline const char *test_http_body(const TestHttpServer *s, int i)
{
    const char *end = strstr(s->requests[i], "\r\n\r\n");
    return end ? end + 4 : NULL;
}

#endif
