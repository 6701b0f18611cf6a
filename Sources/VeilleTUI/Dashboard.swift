import Foundation
import VeilleCore
#if canImport(Glibc)
import Glibc
#endif

public struct DashboardOptions: Sendable {
    /// A theme name from `veille themes`, or a path to a TOML file.
    public var theme: String?
    /// Start filtered on this region (name, alias or ISO code).
    public var region: String?
    /// Assume a UTF-8 terminal whatever the locale says (SSH without LANG forwarded).
    public var forceUTF8: Bool

    public init(theme: String? = nil, region: String? = nil, forceUTF8: Bool = false) {
        self.theme = theme
        self.region = region
        self.forceUTF8 = forceUTF8
    }
}

public enum Dashboard {
    /// Runs the interactive dashboard on the real terminal; returns the process exit status.
    /// Returns nil (without touching the terminal) when the terminal cannot be used, after
    /// printing a one-line reason to stderr when there is one, so the caller prints the
    /// text export instead.
    @MainActor
    public static func run(articles: [Article], gazetteer: Gazetteer, failures: [InputFailure], options: DashboardOptions) -> Int32? {
        let store = MemoryArticleStore(articles)
        return run(store: store, rows: store.summaries, gazetteer: gazetteer, failures: failures, options: options)
    }

    /// The dashboard on what `rows` list, while `load`, started once the terminal is up, posts the rest
    /// to `updates` from another thread; keys are answered between its deliveries.
    @MainActor
    public static func run(store: any ArticleStore, rows: [ArticleSummary], gazetteer: Gazetteer, failures: [InputFailure],
                           options: DashboardOptions, updates: CorpusUpdates? = nil, load: (@Sendable () -> Void)? = nil) -> Int32? {
        let (theme, themeWarning) = ThemeCatalog.load(options.theme)
        TerminalGuard.saveTTYModes()
        TerminalGuard.installQuitHandlers()
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(forceUTF8: options.forceUTF8)
        } catch {
            if let message = error.message { _ = (message + "\n").withCString { write(STDERR_FILENO, $0, strlen($0)) } }
            return nil
        }
        TerminalGuard.installCrashHandlers(reset: terminal.resetSequence())
        TerminalGuard.redirectStderr(to: TerminalGuard.logPath)
        defer {
            terminal.close()
            TerminalGuard.uninstallCrashHandlers()
            TerminalGuard.restoreStderr()
            TerminalGuard.reraiseIfSignalled()
        }

        var state = initialState(store: store, rows: rows, gazetteer: gazetteer, failures: failures, options: options,
                                  theme: theme, size: terminal.size, ascii: terminal.ascii, loading: updates != nil)
        if let themeWarning { state.message = themeWarning }
        var themes = ThemeSet(current: theme)
        terminal.apply(theme)
        if let load { Thread.detachNewThread(load) }
        runLoop(terminal: terminal, state: &state, themes: &themes, updates: updates)
        updates?.cancel()
        return 0
    }

    static func initialState(
        articles: [Article], gazetteer: Gazetteer, failures: [InputFailure], options: DashboardOptions, theme: Theme, size: Size, ascii: Bool
    ) -> AppState {
        let store = MemoryArticleStore(articles)
        return initialState(store: store, rows: store.summaries, gazetteer: gazetteer, failures: failures, options: options,
                            theme: theme, size: size, ascii: ascii)
    }

    static func initialState(
        store: any ArticleStore, rows: [ArticleSummary], gazetteer: Gazetteer, failures: [InputFailure], options: DashboardOptions,
        theme: Theme, size: Size, ascii: Bool, loading: Bool = false
    ) -> AppState {
        var names = ThemeCatalog.entries().map(\.name)
        if !names.contains(theme.name) { names.insert(theme.name, at: 0) }
        var state = AppState(
            store: store, summaries: rows, gazetteer: gazetteer, failures: failures.map(\.message), size: size,
            themeNames: names, themeIndex: names.firstIndex(of: theme.name) ?? 0, ascii: ascii
        )
        if loading {
            state.loading = LoadProgress(stage: "reading the index")
            state.pendingRegion = options.region
        } else if let region = options.region {
            state = Reducer.reduce(state, .applyFilter(query: region))
        }
        if let first = state.failures.first {
            // The filter's own confirmation must not hide that some input could not be read.
            state.message = state.failures.count == 1 ? first : "\(first) (and \(state.failures.count - 1) more)"
        }
        return state
    }

    @MainActor
    private static func runLoop(terminal: NcursesTerminal, state: inout AppState, themes: inout ThemeSet, updates: CorpusUpdates?) {
        terminal.draw(state)
        var instantErrors = 0
        while TerminalGuard.received.load(ordering: .relaxed) == 0 {
            // While loading, the wait for a key is short, so what arrives is drawn within a tenth of a second.
            // Watching, a change is shown within a quarter of a second.
            terminal.setKeyTimeout(milliseconds: state.loading != nil ? 100 : state.watchNotice != nil ? 250 : 1000)
            let (key, instantError) = terminal.readKey()
            if let arrived = updates?.take(), !arrived.isEmpty {
                for update in arrived { state = Reducer.reduce(state, .corpus(update)) }
                terminal.draw(state)
            }
            guard let key else {
                // wget_wch reports EOF the same way as a timeout, only instantly and forever.
                instantErrors = instantError ? instantErrors + 1 : 0
                if instantErrors >= 5 { return }
                continue
            }
            instantErrors = 0
            guard let action = KeyDispatch.action(for: key, in: state) else { continue }
            if action == .redraw {
                terminal.draw(state, repaintAll: true)
                continue
            }
            let next = Reducer.reduce(state, action)
            if next.wantsQuit { return }
            if next.themeName != state.themeName {
                let (theme, warning) = themes.theme(named: next.themeName)
                terminal.apply(theme)
                state = next
                if let warning { state.message = warning }
            } else {
                state = next
            }
            terminal.draw(state)
        }
    }
}

/// Themes parsed on first use while cycling with `t`.
struct ThemeSet {
    private var cache: [String: Theme] = [:]

    init(current: Theme) { cache[current.name] = current }

    mutating func theme(named name: String) -> (Theme, String?) {
        if let theme = cache[name] { return (theme, nil) }
        let (theme, warning) = ThemeCatalog.load(name)
        if warning == nil { cache[name] = theme }
        return (theme, warning)
    }
}
