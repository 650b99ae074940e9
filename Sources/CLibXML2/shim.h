#include <libxml/xmlversion.h>
/* libxml2's ICU headers clash with Foundation's own ICU module (_FoundationICU) in any Swift
   module that imports both; copydesk never touches the ICU converter fields, so leave them out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
