-- Which figure of the price an order was priced from (0 = net, 1 = gross: the shelf price is the price paid).
-- Every order placed before this step was priced from the net, so it keeps 0.
ALTER TABLE "Orders" ADD "PriceBasis" integer NOT NULL DEFAULT 0;
