#pragma once

// QVERIFY_RESULT(expr): QVERIFY for a Result or a Status that, when it fails, prints the
// result's own message, so a failed test says why instead of "returned FALSE".
//
//     QVERIFY_RESULT(store.addTags(id, {"billing"}));
//     auto stmt = db.prepare(sql);
//     QVERIFY_RESULT(stmt);

#include "core/Result.h"

#include <QTest>

#define QVERIFY_RESULT(expr)                                                                          \
    do {                                                                                              \
        const auto &qverifyResult_ = (expr);                                                          \
        if (!qverifyResult_.ok()) {                                                                   \
            const QByteArray qverifyMessage_ = qverifyResult_.error().toUtf8();                       \
            if (!QTest::qVerify(false, #expr, qverifyMessage_.constData(), __FILE__, __LINE__))       \
                return;                                                                               \
        }                                                                                             \
    } while (false)
