import Foundation

extension Gazetteer {
    public struct MissingData: Error, CustomStringConvertible {
        public let description: String
    }

    /// The gazetteer shipped with veille, read from its resources. Throws when the files are missing or
    /// unreadable: a parser without places would find nothing and say nothing, so the caller stops instead.
    public static func bundled() throws -> Gazetteer {
        guard let dir = ResourceLocator.directory("Gazetteer") else {
            throw MissingData(description: "gazetteer data not found (looked in \(ResourceLocator.searched))")
        }
        let places: String
        let countries: String
        do {
            places = try String(contentsOf: dir.appendingPathComponent("places.tsv"), encoding: .utf8)
            countries = try String(contentsOf: dir.appendingPathComponent("countries.tsv"), encoding: .utf8)
        } catch {
            throw MissingData(description: "gazetteer data in \(dir.path) cannot be read: \(error.localizedDescription)")
        }
        let gazetteer = Gazetteer(places: GazetteerTables.places(TSV(places)), countries: GazetteerTables.countries(TSV(countries)))
        guard !gazetteer.places.isEmpty, !gazetteer.countries.isEmpty else {
            throw MissingData(description: "gazetteer data in \(dir.path) is empty")
        }
        return gazetteer
    }
}
