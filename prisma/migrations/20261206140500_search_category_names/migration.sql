-- Hand-written: search matches a product's category names too (searching "shoes" finds the products of
-- the Shoes category and of its subcategories). The document gains the names of the product's category and
-- of every ancestor (weight B: below a title match, above the description). Kept current by the product
-- trigger (now also on a category change) and by a new trigger on Category (renamed or moved).

-- The names of a category and its ancestors, separated by spaces (empty without a category).
CREATE FUNCTION "catalog"."category_path_names"(p_category uuid) RETURNS text
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up AS (
    SELECT c."id", c."parentId", c."name", 0 AS depth FROM "catalog"."Category" c WHERE c."id" = p_category
    UNION ALL
    -- depth bounds a (never expected) cycle in the tree.
    SELECT c."id", c."parentId", c."name", up.depth + 1 FROM "catalog"."Category" c JOIN up ON c."id" = up."parentId" WHERE up.depth < 32
  )
  SELECT coalesce(string_agg(up."name", ' '), '') FROM up;
$$;

CREATE FUNCTION "catalog"."product_search_document"(p_title text, p_description text, p_id uuid, p_category uuid) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('english', "catalog"."category_path_names"(p_category)), 'B')
      || setweight(to_tsvector('english', coalesce(p_description, '')), 'C')
      || setweight(to_tsvector('simple', coalesce((SELECT string_agg(v."sku", ' ') FROM "catalog"."ProductVariant" v WHERE v."productId" = p_id), '')), 'A');
$$;

CREATE OR REPLACE FUNCTION "catalog"."product_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := "catalog"."product_search_document"(NEW."title", NEW."description", NEW."id", NEW."categoryId");
  RETURN NEW;
END;
$$;

DROP TRIGGER "Product_search_refresh" ON "catalog"."Product";
CREATE TRIGGER "Product_search_refresh" BEFORE INSERT OR UPDATE OF "title", "description", "categoryId" ON "catalog"."Product"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."product_search_refresh"();

CREATE OR REPLACE FUNCTION "catalog"."variant_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."productId" ELSE NEW."productId" END;
BEGIN
  UPDATE "catalog"."Product" p SET "searchVector" = "catalog"."product_search_document"(p."title", p."description", p."id", p."categoryId") WHERE p."id" = pid;
  RETURN NULL;
END;
$$;

DROP FUNCTION "catalog"."product_search_document"(text, text, uuid);

-- A renamed or moved category changes the documents of its products and of its descendants' products.
CREATE FUNCTION "catalog"."category_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."name" IS DISTINCT FROM OLD."name" OR NEW."parentId" IS DISTINCT FROM OLD."parentId" THEN
    WITH RECURSIVE tree AS (
      SELECT NEW."id" AS "id", 0 AS depth
      UNION
      SELECT c."id", tree.depth + 1 FROM "catalog"."Category" c JOIN tree ON c."parentId" = tree."id" WHERE tree.depth < 32
    )
    UPDATE "catalog"."Product" p
       SET "searchVector" = "catalog"."product_search_document"(p."title", p."description", p."id", p."categoryId")
     WHERE p."tenantId" = NEW."tenantId" AND p."categoryId" IN (SELECT "id" FROM tree);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Category_search_refresh" AFTER UPDATE OF "name", "parentId" ON "catalog"."Category"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."category_search_refresh"();

-- Backfill: every existing product's document now includes its category names.
UPDATE "catalog"."Product" p SET "searchVector" = "catalog"."product_search_document"(p."title", p."description", p."id", p."categoryId") WHERE p."categoryId" IS NOT NULL;
