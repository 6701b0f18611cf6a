extension VisitWords {
    static let english = VisitWords(
        delegationNouns: ["delegation", "delegations", "envoy"],
        travel: [
            "working visit", "official visit", "a visit", "visit to", "three-day visit", "two-day visit",
            "arrived in", "arrived at", "arrived on", "has arrived", "visited", "travelled to", "traveled to", "flew to",
            "on a visit to", "paid a visit", "landed in", "is visiting", "was visiting", "on an official visit", "on a working visit",
            "wrapped up his tour", "concluded his tour", "continued his tour", "began his tour", "left for", "headed to",
            "travelled on to", "traveled on to", "moved on to",
        ],
        leadByObject: ["led by", "headed by"],
        leadFromSubject: ["under the leadership of", "led", "headed", "was leading", "is leading"],
        members: ["together with", "included", "also included", "along with", "accompanied by", "including", "alongside", "which included", "comprising"],
        hostsAfter: ["received by", "welcomed by", "hosted by", "greeted by", "met with", "met", "held talks with", "talks with", "meeting with", "audience with",
            "paid a courtesy call on", "courtesy call on", "the guest of",
            "will meet", "will meet with", "is to meet", "are to meet"],
        passiveHosts: ["received", "welcomed", "hosted", "greeted"],
        talksWithGap: ["met", "meets", "held talks", "will meet"],
        hostsBefore: ["received", "welcomed", "hosted"],
        backReferences: ["he", "she", "the delegation", "the visitors", "they", "the mission", "the team", "the guests"],
        pluralReferences: ["the two delegations", "the three delegations", "the delegations", "both delegations", "the two ministers", "the three ministers"],
        meetings: ["meeting", "meetings", "summit", "conference", "visit", "talks", "audience", "met", "met with", "attended"],
        notAVisit: [
            "phone call", "telephone call", "by phone", "by telephone", "video call", "videoconference", "phone talks",
            "telephone conversation", "phone conversation", "last year", "years ago", "previous visit", "earlier visit", "last visited",
        ],
        earlierEvent: ["had"],
        participleEndings: ["ed", "en"],
        irregularParticiples: ["met", "held", "made", "led", "paid", "sent", "brought", "told", "already", "been", "visited"],
        directVisits: ["visited", "visiting", "toured"],
        fromWords: ["from"],
        originLinks: ["of"],
        venueNouns: ["capital", "palace", "presidential", "headquarters", "ministry", "airport", "hotel", "hall", "house"],
        visitIntros: ["during", "in the course of", "at the end of", "on the sidelines of", "as part of", "on"],
        stayDeterminers: ["his", "her", "their", "a"],
        stayNouns: ["visit", "trip", "stay", "tour"]
    )
}
