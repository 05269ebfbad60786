#pragma once
// One Qt Test class for model/storage and model/io; its slots are spread
// over several files by topic (codec, documents, damaged files); speed is
// measured by bench/model_bench.cpp, never asserted in a test.
#include <QObject>
#include <QTemporaryDir>

class StorageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // tst_codec.cpp
    void fullModelSetsEveryField();
    void codecRoundTripsEveryField();
    void codecIsDeterministic();
    void codecKeepsNullAndEmptyStringsApart();
    void codecSkipsRemovedFieldsAndDefaultsNewOnes();
    void codecReadsEncoding1();
    void codecRejectsDamagedBlobs_data();
    void codecRejectsDamagedBlobs();
    void codecSurvivesForgedBodies_data();
    void codecSurvivesForgedBodies();

    // tst_documents.cpp
    void createThenLoadLatest();
    void revisionsLoadBackExactly();
    void createRefusesExistingFile();
    void readOnlyRefusesAppend();
    void saveRevisionCreatesThenAppends();
    void yamlToLintelToYamlKeepsBytes();
    void modelFileChoosesFormatByExtension();

    // tst_temporaries.cpp
    void saveTemporaryNamesItsProcess();
    void abandonedTemporariesAreRemovedOnOpen();
    void abandonedTemporariesAreRemovedBySave();
    void newDocumentInAMissingFolderIsExplained();

    // tst_damaged.cpp
    void foreignFilesAreRejected_data();
    void foreignFilesAreRejected();
    void newerFileFormatIsRejected();
    void newerModelEncodingIsRejected();
    void truncatedFileIsReported_data();
    void truncatedFileIsReported();
    void flippedBytesInTheFileAreReported();
    void damagedBlobIsReported();
    void noRevisionsIsReported();
    void missingRevisionIsReported();

    // tst_oldfiles.cpp
    void oldDocumentsStillOpen_data();
    void oldDocumentsStillOpen();
    void appendingToAnOldDocumentRaisesItsVersion();

private:
    QString tempPath(const QString &name) const;
    QString makeDocument(const QString &name, int revisions = 1);

    QTemporaryDir m_dir;
};
