#pragma once

#include "../model/historyfixture.h"
#include "shell/session.h"
#include "teststore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A store holding historyfixture's history, opened by a StoreClient as the dashboard does.
struct OpenedStore
{
    QTemporaryDir dir;
    hs::StoreClient client;
    hs::Session session{&client};

    bool open()
    {
        const QString path = hs::test::storeLocation(dir, QStringLiteral("store.db"));
        {
            hs::StoreError error;
            auto reducer = hs::Reducer::open(path, &error);
            if (!reducer || !historyfixture::fill(*reducer))
                return false;
        }
        QSignalSpy opened(&client, &hs::StoreClient::opened);
        client.open(path);
        return opened.wait(10000) || client.isOpen();
    }
};
