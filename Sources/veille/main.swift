// TEMPORARY: replaced by the argument-parser CLI when the core library is merged.
import VeilleCore
import VeilleTUI

#if DEBUG
let articles = CommandLine.arguments.contains("--two") ? [PreviewArticles.seed, PreviewArticles.niger] : [PreviewArticles.seed]
var grid = CellGrid(size: Size(width: 120, height: 40))
DashboardView.render(AppState(articles: articles, size: grid.size), into: &grid)
print(grid.text)
#endif
