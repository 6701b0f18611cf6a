import Foundation

/// Where veille keeps the analyst's files, by the XDG base-directory rules: the variable when it is an
/// absolute path, else the usual folder under the home.
public struct UserFolders: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// `feeds.txt` and themes.
    public var config: URL { base("XDG_CONFIG_HOME", ".config").appendingPathComponent("veille") }
    /// The corpus `veille fetch` fills.
    public var articles: URL { base("XDG_DATA_HOME", ".local/share").appendingPathComponent("veille/articles") }
    /// What can be rebuilt from the articles.
    public var cache: URL { base("XDG_CACHE_HOME", ".cache").appendingPathComponent("veille") }

    public var feedList: URL { config.appendingPathComponent("feeds.txt") }

    private func base(_ variable: String, _ fallback: String) -> URL {
        if let value = environment[variable], value.hasPrefix("/") { return URL(fileURLWithPath: value) }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(fallback)
    }
}
