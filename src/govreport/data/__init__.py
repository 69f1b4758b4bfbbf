"""Language data apart from logic: units, qualifiers, names that are not quantities,
page-chrome phrases, indicator aliases.  Each module says where its entries come from."""
