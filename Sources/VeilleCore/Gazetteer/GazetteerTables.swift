import Foundation

/// Reads the generated TSV tables (see Scripts/generate_gazetteer.py for
/// their columns and sources).
enum GazetteerTables {
    static func places(_ tsv: TSV) -> [Place] {
        let c = Columns(tsv, ["id", "kind", "name", "name_en", "country", "iso", "parent", "lat", "lon", "strict", "aliases"])
        return tsv.rows.compactMap { row in
            guard let id = c.value(row, "id"), let name = c.value(row, "name") else { return nil }
            return Place(
                id: id, name: name, nameEN: c.value(row, "name_en"), kind: kind(c.value(row, "kind")),
                country: c.value(row, "country"), iso: c.value(row, "iso"), parent: c.value(row, "parent"),
                latitude: c.value(row, "lat").flatMap(Double.init), longitude: c.value(row, "lon").flatMap(Double.init),
                strict: c.value(row, "strict") == "1", aliases: c.list(row, "aliases")
            )
        }
    }

    static func countries(_ tsv: TSV) -> [Country] {
        let c = Columns(tsv, ["code", "name_fr", "name_en", "aliases", "demonyms", "capitals"])
        return tsv.rows.compactMap { row in
            guard let code = c.value(row, "code") else { return nil }
            return Country(
                code: code, nameFR: c.value(row, "name_fr") ?? "", nameEN: c.value(row, "name_en") ?? "",
                aliases: c.list(row, "aliases"), demonyms: c.list(row, "demonyms"), capitals: c.list(row, "capitals")
            )
        }
    }

    private static func kind(_ raw: String?) -> RegionKind {
        switch raw {
        case "city": .city
        case "zone": .zone
        case "supranational": .supranational
        default: .adminRegion
        }
    }

    private struct Columns {
        let index: [String: Int]

        init(_ tsv: TSV, _ names: [String]) {
            var index: [String: Int] = [:]
            for name in names { index[name] = tsv.column(name) }
            self.index = index
        }

        func value(_ row: [String], _ name: String) -> String? {
            guard let i = index[name], i < row.count else { return nil }
            return row[i].isEmpty ? nil : row[i]
        }

        func list(_ row: [String], _ name: String) -> [String] {
            (value(row, name) ?? "").split(separator: "|").map(String.init)
        }
    }
}
