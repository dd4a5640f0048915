// SPDX-License-Identifier: GPL-3.0-or-later
// The body of POST /v1/sync/push as the server reads it: the decoder, the allow-list and the
// shared record rules, on whatever bytes a device (or anyone holding a token) sends.
#include "fuzzcheck.h"
#include "protocol/entityspec.h"
#include "protocol/mutation.h"
#include "protocol/recordcheck.h"

#include <cstddef>
#include <cstdint>

using namespace barntid::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    ProtocolError error;
    const PushRequest request = PushRequest::parse(body, error);
    if (error.isError()) {
        // A refused request says why in a code and names no record content.
        FUZZ_REQUIRE(!error.message.isEmpty(), "a refusal without a message");
        return 0;
    }
    FUZZ_REQUIRE(
        request.mutations.size() <= PushRequest::maxMutations, "more mutations than allowed");
    for (const Mutation &m : request.mutations) {
        FUZZ_REQUIRE(findEntity(m.entity) != nullptr, "an unknown entity got through");
        FUZZ_REQUIRE(m.id == m.id.toLower(), "an id not normalised");
        FUZZ_REQUIRE(!m.baseVersion || *m.baseVersion >= 0, "a negative base version");
        const QString problems = describe(checkRecord(m.entity, m.data));
        Q_UNUSED(problems);
    }
    // What the server read is what a client writes for it: encoding and decoding again changes
    // nothing.
    ProtocolError again;
    const PushRequest reread = PushRequest::parse(request.toJson(), again);
    FUZZ_REQUIRE(!again.isError(), "an accepted request does not survive its own encoding");
    FUZZ_REQUIRE(
        reread.mutations.size() == request.mutations.size(), "mutations lost on reencoding");
    for (qsizetype i = 0; i < reread.mutations.size(); ++i)
        FUZZ_REQUIRE(reread.mutations[i].toJson() == request.mutations[i].toJson(),
            "a mutation changed on reencoding");
    return 0;
}
