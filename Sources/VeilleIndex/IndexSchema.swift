import GRDB

/// The index's tables. A document is one file content as parsed by one parser version; files point at
/// documents (two paths holding the same bytes share one), articles belong to documents, and every
/// article is in each region it names and in every region around those (Gao, nord malien, Sahel), so a
/// nested filter is one indexed look-up.
enum IndexSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL,
                    parser INTEGER NOT NULL,
                    UNIQUE (hash, parser)
                );
                CREATE TABLE file (
                    path TEXT PRIMARY KEY,
                    document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    size INTEGER NOT NULL,
                    mtime REAL NOT NULL
                );
                CREATE INDEX file_document ON file(document);
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    document INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    part INTEGER NOT NULL,
                    suffix TEXT NOT NULL,
                    title TEXT NOT NULL,
                    published TEXT,
                    outlet TEXT,
                    language TEXT NOT NULL,
                    delegations INTEGER NOT NULL,
                    measures INTEGER NOT NULL,
                    regions INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    body BLOB NOT NULL
                );
                CREATE INDEX article_document ON article(document, part);
                CREATE INDEX article_published ON article(published);
                CREATE TABLE article_region (
                    region TEXT NOT NULL,
                    article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    PRIMARY KEY (region, article)
                ) WITHOUT ROWID;
                CREATE INDEX article_region_article ON article_region(article);
                CREATE VIRTUAL TABLE article_search USING fts5(
                    title, text, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
                    INSERT INTO article_search(rowid, title, text) VALUES (new.id, new.title, new.text);
                END;
                CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
                    INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                END;
                """)
        }
        migrator.registerMigration("v2 people") { db in
            // The people of every delegation, for the directory of people without decoding articles.
            // Articles stored before it have none: the index is emptied and filled again at the next update.
            try db.execute(sql: """
                DELETE FROM file; DELETE FROM article_region; DELETE FROM article; DELETE FROM document;
                INSERT INTO article_search(article_search) VALUES ('rebuild');
                CREATE TABLE article_person (
                    article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    delegation INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    role TEXT,
                    country TEXT
                );
                CREATE INDEX article_person_article ON article_person(article);
                """)
        }
        migrator.registerMigration("v3 search filled by batch") { db in
            // A trigger filled the search table one article at a time, and FTS5 writes out what it holds at
            // the end of every statement: most of a cold index went there. Each batch now fills it in one
            // statement (`IndexUpdate.insert`).
            try db.execute(sql: "DROP TRIGGER article_search_insert")
        }
        return migrator
    }
}
