// libxml2's recovering HTML parser and its XML parser, for web pages and feeds.
//
// Debian builds libxml2 with ICU, and encoding.h then includes the system's ICU headers, whose
// enums clash with the ICU that Foundation bundles. veille never touches the converters those
// headers describe (it only hands libxml2 buffers and reads trees), so the ICU part is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// xmlFree is a macro over a per-thread global when libxml2 is built with threads: Swift cannot call it.
static inline void veille_xml_free(void *p) { xmlFree(p); }
