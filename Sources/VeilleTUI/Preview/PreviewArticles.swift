#if DEBUG
import VeilleCore

/// Hand-built articles for tests and the temporary preview binary, shaped as the
/// core library's parser is expected to produce them.
public enum PreviewArticles {
    public static let seedLines = [
        "Le Mali et la Russie renforcent leur coopération militaire dans un contexte sécuritaire tendu au Sahel. Une collaboration qui vise à consolider la lutte contre les groupes terroristes et à stabiliser durablement les zones sensibles du pays.",
        "Une rencontre bilatérale décisive à Bamako",
        "Dans un climat régional de plus en plus instable, marqué par la recrudescence des attaques terroristes au Sahel, le Mali poursuit sa stratégie de coopération sécuritaire avec des partenaires jugés fiables. C’est dans ce cadre qu’une délégation de haut niveau en provenance de la Fédération de Russie s’est rendue à Bamako pour une visite officielle. Cette mission était conduite par le vice-ministre russe de la Défense, Yunus-Bek Evkurov, accompagné du lieutenant-général Andreï Averianov. Ils ont été reçus par le ministre malien de la Défense et des Anciens Combattants, Général de Corps d’Armée Sadio Camara.",
        "Les échanges ont principalement porté sur l’intensification de la coopération militaro-technique et sur l’évaluation commune des opérations de lutte contre le terrorisme menées dans les zones critiques du nord malien.",
        "Le Corps africain russe : un acteur de terrain déterminant",
        "Un point majeur des discussions a concerné le rôle croissant du Corps africain des forces russes, présent aux côtés des Forces armées maliennes (FAMa) dans plusieurs opérations. Déployée notamment dans les régions de Gao et Ménaka, cette unité spécialisée a joué un rôle clé dans la sécurisation de zones anciennement sous contrôle jihadiste.",
        "Ce partenariat opérationnel repose sur une coopération étroite entre soldats russes, unités maliennes, forces locales d’autodéfense et autres acteurs de sécurité. Cette synergie permet non seulement de contenir la menace terroriste, mais aussi de restaurer progressivement l’autorité de l’État dans des localités stratégiques.",
        "Un engagement sur le long terme",
        "Les autorités des deux pays ont exprimé leur volonté de faire évoluer cette collaboration vers un modèle plus structurant. Parmi les pistes retenues figurent :",
        "L’augmentation des sessions de formation destinées aux soldats maliens ;",
        "Le déploiement d’instructeurs russes spécialisés dans les zones sensibles ;",
        "La mise en place d’exercices conjoints réguliers pour renforcer la coordination opérationnelle ;",
        "Et l’intégration progressive des compétences locales dans le dispositif de sécurité nationale.",
    ]

    public static let seed: Article = {
        let s = ArticleSketch(lines: seedLines)
        let (blocks, sentences) = s.structure()
        let visit = [
            s.span("C’est dans ce cadre qu’une délégation de haut niveau en provenance de la Fédération de Russie s’est rendue à Bamako pour une visite officielle."),
            s.span("Cette mission était conduite par le vice-ministre russe de la Défense, Yunus-Bek Evkurov, accompagné du lieutenant-général Andreï Averianov."),
            s.span("Ils ont été reçus par le ministre malien de la Défense et des Anciens Combattants, Général de Corps d’Armée Sadio Camara."),
        ]
        let delegation = Delegation(
            from: "RU", to: "ML", place: "Bamako",
            leaders: [Person(name: "Yunus-Bek Evkurov", role: "vice-ministre russe de la Défense", country: "RU",
                             mentions: [s.span("vice-ministre russe de la Défense, Yunus-Bek Evkurov")])],
            members: [Person(name: "Andreï Averianov", role: "lieutenant-général", country: "RU",
                             mentions: [s.span("lieutenant-général Andreï Averianov")])],
            hosts: [Person(name: "Sadio Camara", role: "ministre malien de la Défense et des Anciens Combattants", country: "ML",
                           mentions: [s.span("ministre malien de la Défense et des Anciens Combattants, Général de Corps d’Armée Sadio Camara")])],
            evidence: visit
        )
        let regions = [
            Region(id: "supra:sahel", name: "Sahel", country: nil, iso3166_2: nil, kind: .supranational, parent: nil,
                   mentions: [s.span("Sahel"), s.span("Sahel", occurrence: 1)]),
            Region(id: "zone:nord-malien", name: "nord malien", country: "ML", iso3166_2: nil, kind: .zone, parent: "supra:sahel",
                   mentions: [s.span("nord malien")]),
            Region(id: "ML-7", name: "Gao", country: "ML", iso3166_2: "ML-7", kind: .adminRegion, parent: "zone:nord-malien",
                   mentions: [s.span("Gao")]),
            Region(id: "ML-9", name: "Ménaka", country: "ML", iso3166_2: "ML-9", kind: .adminRegion, parent: "zone:nord-malien",
                   mentions: [s.span("Ménaka")]),
            Region(id: "ML-BKO", name: "Bamako", country: "ML", iso3166_2: "ML-BKO", kind: .city, parent: nil,
                   mentions: [s.span("Bamako"), s.span("Bamako", occurrence: 1)]),
        ]
        func measure(_ words: String, _ action: String, _ regions: [String] = []) -> Measure {
            Measure(text: words, action: action, regions: regions, evidence: [s.span(words)])
        }
        let measures = [
            measure("L’augmentation des sessions de formation destinées aux soldats maliens", "augmentation"),
            measure("Le déploiement d’instructeurs russes spécialisés dans les zones sensibles", "déploiement"),
            measure("La mise en place d’exercices conjoints réguliers pour renforcer la coordination opérationnelle", "mise en place"),
            measure("l’intégration progressive des compétences locales dans le dispositif de sécurité nationale", "intégration"),
        ]
        return Article(
            source: "sample:mali-russia-cooperation", language: .fr,
            title: "Le Mali et la Russie renforcent leur coopération militaire dans un contexte sécuritaire tendu au Sahel.",
            lead: "Une collaboration qui vise à consolider la lutte contre les groupes terroristes et à stabiliser durablement les zones sensibles du pays.",
            headings: ["Une rencontre bilatérale décisive à Bamako", "Le Corps africain russe : un acteur de terrain déterminant", "Un engagement sur le long terme"],
            text: s.text, blocks: blocks, sentences: sentences,
            delegations: [delegation], regions: regions, measures: measures
        )
    }()

    /// A second, shorter article so the article list and cross-article filters have something to show.
    public static let niger: Article = {
        let s = ArticleSketch(lines: [
            "Niamey et Ankara signent un accord de formation militaire.",
            "Une délégation turque conduite par le général Metin Gürak est arrivée à Niamey. Elle a été reçue par le ministre nigérien de la Défense, Salifou Mody.",
            "Les deux parties ont convenu :",
            "- de la livraison de drones à l’armée nigérienne ;",
            "- de patrouilles conjointes dans la région de Tillabéri.",
        ])
        let (blocks, sentences) = s.structure()
        return Article(
            source: "sample:niger-turkey", language: .fr,
            title: "Niamey et Ankara signent un accord de formation militaire.", lead: nil, headings: [],
            text: s.text, blocks: blocks, sentences: sentences,
            delegations: [Delegation(
                from: "TR", to: "NE", place: "Niamey",
                leaders: [Person(name: "Metin Gürak", role: "général", country: "TR", mentions: [s.span("général Metin Gürak")])],
                hosts: [Person(name: "Salifou Mody", role: "ministre nigérien de la Défense", country: "NE",
                               mentions: [s.span("ministre nigérien de la Défense, Salifou Mody")])],
                evidence: [s.span("Une délégation turque conduite par le général Metin Gürak est arrivée à Niamey."),
                           s.span("Elle a été reçue par le ministre nigérien de la Défense, Salifou Mody.")])],
            regions: [
                Region(id: "NE-8", name: "Niamey", country: "NE", iso3166_2: "NE-8", kind: .city, parent: nil,
                       mentions: [s.span("Niamey"), s.span("Niamey", occurrence: 1)]),
                Region(id: "NE-6", name: "Tillabéri", country: "NE", iso3166_2: "NE-6", kind: .adminRegion, parent: nil,
                       mentions: [s.span("Tillabéri")]),
            ],
            measures: [
                Measure(text: "livraison de drones à l’armée nigérienne", action: "livraison",
                        evidence: [s.span("livraison de drones à l’armée nigérienne")]),
                Measure(text: "patrouilles conjointes dans la région de Tillabéri", action: "patrouilles", regions: ["NE-6"],
                        evidence: [s.span("patrouilles conjointes dans la région de Tillabéri")]),
            ]
        )
    }()
}
#endif
