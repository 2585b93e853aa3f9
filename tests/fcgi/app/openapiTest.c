/* openapiTest.c — nginx/static/openapi.json documents exactly the routes
 * of fcgi/routes.c (":id" <-> "{id}"; /internal/ and /_test/ are not
 * public and are skipped). Run from the repository root. */
#include <criterion/criterion.h>
#include <ctype.h>
#include <json-c/json.h>
#include <string.h>

#include "core/arena.h"
#include "http/router.h"

#define DOC_PATH "nginx/static/openapi.json"

static json_object *doc;
static Arena *ta;

static void setup(void)
{
    ta = arena_new(0);
    doc = json_object_from_file(DOC_PATH);
    cr_assert_not_null(doc, "cannot read %s as JSON (run from the repo root): %s", DOC_PATH,
                       json_util_get_last_err());
}

static void teardown(void)
{
    json_object_put(doc);
    arena_destroy(&ta);
}

static int skipped(const char *pattern)
{
    return strncmp(pattern, "/internal/", 10) == 0 || strncmp(pattern, "/_test/", 7) == 0;
}

/* "/a/:id/b" -> "/a/{id}/b" */
static const char *to_openapi(const char *pattern)
{
    char *out = arena_alloc(ta, strlen(pattern) * 2 + 1);
    size_t o = 0;
    for (const char *p = pattern; *p;) {
        if (*p == ':') {
            out[o++] = '{';
            p++;
            while (*p && *p != '/')
                out[o++] = *p++;
            out[o++] = '}';
        } else {
            out[o++] = *p++;
        }
    }
    out[o] = '\0';
    return out;
}

static const char *lower(const char *s)
{
    char *l = arena_strdup(ta, s);
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return l;
}

TestSuite(openapi, .init = setup, .fini = teardown);

Test(openapi, header)
{
    json_object *v = NULL;
    cr_assert(json_object_object_get_ex(doc, "openapi", &v));
    cr_assert_str_eq(json_object_get_string(v), "3.0.3");
    json_object *comps = NULL, *sec = NULL, *bearer = NULL;
    cr_assert(json_object_object_get_ex(doc, "components", &comps));
    cr_assert(json_object_object_get_ex(comps, "securitySchemes", &sec));
    cr_assert(json_object_object_get_ex(sec, "bearerAuth", &bearer), "bearerAuth scheme missing");
}

Test(openapi, every_route_is_documented)
{
    json_object *paths = NULL;
    cr_assert(json_object_object_get_ex(doc, "paths", &paths));
    int missing = 0;
    for (size_t i = 0; i < ROUTES_COUNT; i++) {
        if (skipped(ROUTES[i].pattern))
            continue;
        const char *p = to_openapi(ROUTES[i].pattern);
        json_object *item = NULL, *op = NULL;
        if (!json_object_object_get_ex(paths, p, &item) ||
            !json_object_object_get_ex(item, lower(ROUTES[i].method), &op)) {
            cr_log_error("%s %s is in fcgi/routes.c but not in %s", ROUTES[i].method, p, DOC_PATH);
            missing++;
            continue;
        }
        json_object *responses = NULL;
        if (!json_object_object_get_ex(op, "responses", &responses) ||
            json_object_object_length(responses) == 0) {
            cr_log_error("%s %s has no responses", ROUTES[i].method, p);
            missing++;
        }
    }
    cr_assert_eq(missing, 0, "%d route(s) undocumented", missing);
}

Test(openapi, every_documented_operation_is_routed)
{
    static const char *const METHODS[] = {"get", "post", "put", "patch", "delete", "head", "options", "trace"};
    json_object *paths = NULL;
    cr_assert(json_object_object_get_ex(doc, "paths", &paths));
    int extra = 0;
    json_object_object_foreach(paths, path, item) {
        for (size_t m = 0; m < sizeof METHODS / sizeof METHODS[0]; m++) {
            json_object *op = NULL;
            if (!json_object_object_get_ex(item, METHODS[m], &op))
                continue;
            int found = 0;
            for (size_t i = 0; i < ROUTES_COUNT && !found; i++)
                found = strcmp(to_openapi(ROUTES[i].pattern), path) == 0 &&
                        strcmp(lower(ROUTES[i].method), METHODS[m]) == 0;
            if (!found) {
                cr_log_error("%s %s is documented but not in fcgi/routes.c", METHODS[m], path);
                extra++;
            }
        }
    }
    cr_assert_eq(extra, 0, "%d documented operation(s) have no route", extra);
}
