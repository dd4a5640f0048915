// SPDX-License-Identifier: GPL-3.0-or-later
// A pull page as the device reads it: whatever a broken server or a proxy in the way answers.
#include "fuzzcheck.h"
#include "protocol/entityspec.h"
#include "protocol/pullpage.h"

#include <cstddef>
#include <cstdint>

using namespace barntid::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    ProtocolError error;
    const PullPage page = PullPage::parse(body, error);
    if (error.isError()) {
        FUZZ_REQUIRE(page.changes.isEmpty(), "a refused page still hands over changes");
        return 0;
    }
    for (const Change &c : page.changes) {
        const EntitySpec *spec = findEntity(c.entity);
        FUZZ_REQUIRE(spec != nullptr, "an unknown entity reached the device");
        FUZZ_REQUIRE(c.seq >= 0 && c.version >= 0, "a negative sequence or version");
        for (auto it = c.data.begin(); it != c.data.end(); ++it)
            FUZZ_REQUIRE(
                findField(*spec, it.key()) != nullptr, "an unknown field reached the device");
    }
    ProtocolError again;
    const PullPage reread = PullPage::parse(page.toJson(), again);
    FUZZ_REQUIRE(!again.isError(), "a read page does not survive its own encoding");
    FUZZ_REQUIRE(reread.changes.size() == page.changes.size() && reread.next == page.next
            && reread.hasMore == page.hasMore && reread.ignored == 0,
        "a page changed on reencoding");
    for (qsizetype i = 0; i < page.changes.size(); ++i)
        FUZZ_REQUIRE(reread.changes[i].toJson() == page.changes[i].toJson(),
            "a change changed on reencoding");
    return 0;
}
