import Testing
import TestSupport
@testable import VeilleCore

@Suite("Region filter and gazetteer look-ups")
struct RegionFilterTests {
    @Test(arguments: ["Gao", "gao", "ML-7", "ml-7", "GAO"])
    func gaoByNameOrCode(_ query: String) throws {
        let filter = try #require(RegionFilter(query: query, gazetteer: TestCore.gazetteer))
        #expect(filter.place.id == "ML-7")
    }

    @Test func aliasesAndAccents() throws {
        #expect(RegionFilter(query: "Menaka", gazetteer: TestCore.gazetteer)?.place.iso == "ML-9")
        #expect(RegionFilter(query: "Timbuktu", gazetteer: TestCore.gazetteer)?.place.iso == "ML-6")
        #expect(RegionFilter(query: "nord malien", gazetteer: TestCore.gazetteer)?.place.kind == .zone)
        #expect(RegionFilter(query: "Sahel", gazetteer: TestCore.gazetteer)?.place.kind == .supranational)
        #expect(RegionFilter(query: "BF-12", gazetteer: TestCore.gazetteer)?.place.name == "Sahel")
        #expect(RegionFilter(query: "Atlantis", gazetteer: TestCore.gazetteer) == nil)
    }

    @Test func nestingFollowsParents() throws {
        let north = try #require(RegionFilter(query: "nord malien", gazetteer: TestCore.gazetteer))
        #expect(north.contains(regionID: "ML-7"))
        #expect(north.contains(regionID: "ML-9"))
        #expect(!north.contains(regionID: "ML-BKO"))
        let sahel = try #require(RegionFilter(query: "Sahel", gazetteer: TestCore.gazetteer))
        #expect(sahel.contains(regionID: "ML-7"))
        let tessalit = try #require(TestCore.gazetteer.lookup("Tessalit"))
        #expect(try #require(RegionFilter(query: "Kidal", gazetteer: TestCore.gazetteer)).contains(regionID: tessalit.id))
    }

    @Test func filteringAnArticleKeepsWhatIsTiedToThePlace() throws {
        let text = """
        Titre
        Une délégation turque est arrivée à Bamako. Elle était conduite par le ministre Ahmet Yilmaz.
        Les parties ont retenu :
        - le déploiement d’une unité à Gao ;
        - la formation de soldats à Kayes.
        """
        let article = TestCore.parser.parse(text: text, source: "t")
        let gao = try #require(RegionFilter(query: "nord malien", gazetteer: TestCore.gazetteer)).apply(to: article)
        #expect(gao.regions.map(\.name) == ["Gao"])
        #expect(gao.measures.map(\.text) == ["le déploiement d’une unité à Gao"])
        #expect(gao.delegations.isEmpty)
        let bamako = try #require(RegionFilter(query: "Bamako", gazetteer: TestCore.gazetteer)).apply(to: article)
        #expect(bamako.delegations.count == 1)
        #expect(bamako.measures.isEmpty)
    }
}
