#include "ReportBytes.h"

size_t copydesk_json_quoted_for_tests(const uint8_t *bytes, size_t count, uint8_t *out) {
    return copydesk_json_quoted(bytes, count, out);
}
