// TEMPORARY: replaced by the argument-parser CLI when the core library is merged.
import VeilleCore
import VeilleTUI
#if canImport(Glibc)
import Glibc
#endif

#if DEBUG
var options = DashboardOptions()
var arguments = Array(CommandLine.arguments.dropFirst())
var two = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--theme": options.theme = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--region": options.region = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--utf8": options.forceUTF8 = true
    case "--two": two = true
    case "themes":
        ThemeCatalog.listing().forEach { print($0) }
        exit(0)
    default:
        print("veille (temporary preview): unknown argument \(argument)")
        exit(64)
    }
}
let articles = two ? [PreviewArticles.seed, PreviewArticles.niger] : [PreviewArticles.seed]
if let status = MainActor.assumeIsolated({ Dashboard.run(articles: articles, failures: [], options: options) }) {
    exit(status)
}
var grid = CellGrid(size: Size(width: 100, height: 30))
DashboardView.render(AppState(articles: articles, size: grid.size), into: &grid)
print(grid.text)
#else
print("veille: this temporary preview binary only works in debug builds")
exit(1)
#endif
