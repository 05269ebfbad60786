#include "tests/storage/storagetest.h"

#include <QTest>

// No GUI application: storage must work in headless tools like lintel-cli.
QTEST_GUILESS_MAIN(StorageTest)
