/// Where themes come from: the built-in ones (embedded, so an installed binary needs
/// no resource bundle) and the user's directory, which wins on a name clash.
public enum ThemeCatalog {
    public struct Entry: Sendable, Hashable {
        public var name: String
        /// "built-in" or the file's path.
        public var origin: String
        var source: String
    }

    public static var userDirectory: String? {
        if let xdg = FileSystem.environment("XDG_CONFIG_HOME"), xdg.hasPrefix("/") { return xdg + "/veille/themes" }
        return FileSystem.environment("HOME").map { $0 + "/.config/veille/themes" }
    }

    public static func entries() -> [Entry] {
        var entries = BuiltinThemes.all.map { Entry(name: $0.name, origin: "built-in", source: $0.toml) }
        if let dir = userDirectory {
            for file in FileSystem.list(dir) where file.hasSuffix(".toml") {
                let path = dir + "/" + file
                guard let text = FileSystem.read(path) else { continue }
                let entry = Entry(name: String(file.dropLast(5)), origin: path, source: text)
                if let i = entries.firstIndex(where: { $0.name == entry.name }) { entries[i] = entry } else { entries.append(entry) }
            }
        }
        return entries
    }

    /// Lines for `veille themes`.
    public static func listing() -> [String] {
        let all = entries()
        let width = all.map { TextWidth.of($0.name) }.max() ?? 0
        return all.map { $0.name.padded(to: width) + "  " + $0.origin }
    }

    /// The theme for `--theme NAME|PATH`, or the default with a message saying why not.
    public static func load(_ nameOrPath: String?) -> (theme: Theme, warning: String?) {
        guard let wanted = nameOrPath, !wanted.isEmpty else { return (defaultTheme, nil) }
        let entry: Entry
        if wanted.contains("/") || wanted.hasSuffix(".toml") {
            guard let text = FileSystem.read(wanted) else {
                return (defaultTheme, "\(wanted): cannot read the theme file; using the default theme")
            }
            entry = Entry(name: wanted, origin: wanted, source: text)
        } else {
            guard let found = entries().first(where: { $0.name == wanted }) else {
                let names = entries().map(\.name).joined(separator: ", ")
                return (defaultTheme, "No theme named “\(wanted)” (themes: \(names)); using the default theme")
            }
            entry = found
        }
        do {
            return (try Theme.parse(entry.source, file: entry.origin == "built-in" ? "\(entry.name).toml" : entry.origin), nil)
        } catch {
            return (defaultTheme, "\(error.description); using the default theme")
        }
    }

    /// Built-in default, parsed once; its validity is a unit test.
    public static let defaultTheme: Theme = {
        let source = BuiltinThemes.all.first { $0.name == "default" }?.toml ?? ""
        return (try? Theme.parse(source, file: "default.toml")) ?? Theme(name: "default", description: "", parts: [:])
    }()
}
