using ShopCrm.Core.Documents;
using ShopCrm.Core.Money;
using ShopCrm.Core.Time;
using ShopCrm.Orders.Contracts;
using ShopCrm.Orders.Domain;
using ShopCrm.Orders.Services;

namespace ShopCrm.Orders.Demo;

// Makes the demo's orders in the order they were placed, each with the life it has had so far: every status
// step at a believable interval after the one before, cut off at now. So orders from last year are
// delivered, cancelled or returned, and the last days' orders stand at every step of the workflow. Orders
// that still hold stock take only what the main warehouse has left after the orders before them.
// Over 400 lines on purpose: each order's life is one walk through its steps, reading the state the step
// before left; split into files, the steps would hand that state between classes and read worse.
internal sealed class DemoOrderFactory(
    Random random,
    IReadOnlyList<DemoProduct> products,
    IReadOnlyList<DemoCustomer> customers,
    Dictionary<int, int> availableInMainWarehouse,
    int mainWarehouseId,
    ShopClock clock)
{
    private const string Site = "site";
    private const string Manager = "orders@demo.shopcrm.pl";
    private const string Warehouseman = "warehouse@demo.shopcrm.pl";
    private const string Job = "system";
    private const int CancelUnpaidAfterDays = 7;
    private const int RemindUnpaidAfterDays = 3;

    private static readonly string[] Carriers = ["DPD", "InPost", "DHL", "GLS", "Poczta Polska"];

    // Best sellers are spread over the whole catalog, not the lowest ids.
    private readonly DemoProduct[] byPopularity = products.OrderBy(_ => random.Next()).ToArray();
    private readonly DateTime now = clock.UtcNow;
    private readonly DemoCustomer[] people = customers.Where(c => c.CompanyName is null).ToArray();
    private readonly Dictionary<int, int> lastNumberOfYear = [];
    private long lineId;
    private long returnId;

    public IReadOnlyDictionary<int, int> LastNumberOfYear => lastNumberOfYear;

    public List<DemoOrder> Make(int count, int days)
    {
        var placed = Enumerable.Range(0, count).Select(_ => PlacingTime(days)).Order().ToList();
        return placed.Select((at, i) => Make(i + 1, at)).ToList();
    }

    // The business grows: twice as many orders a day now as two years ago, more in the fishing season.
    private DateTime PlacingTime(int days)
    {
        while (true)
        {
            var t = Math.Sqrt(1 + 3 * random.NextDouble()) - 1;
            var day = now.Date.AddDays(-(int)(days * (1 - t)));
            var season = 1 + 0.4 * Math.Sin(2 * Math.PI * (day.DayOfYear - 80) / 365.0);
            if (random.NextDouble() * 1.4 > season)
            {
                continue;
            }

            var at = day.AddHours(6 + 17 * Math.Sqrt(random.NextDouble())).AddSeconds(random.Next(3_600));
            if (at < now)
            {
                return at;
            }
        }
    }

    private DemoOrder Make(long id, DateTime placedAt)
    {
        var channel = Roll(64, 16, 12) switch { 0 => OrderChannel.Site, 1 => OrderChannel.Phone, 2 => OrderChannel.Store, _ => OrderChannel.SalesRep };
        if (channel != OrderChannel.Site && InWorkingHours(placedAt) != placedAt)
        {
            // The phone, the store and the reps work office hours; the e-shop takes orders day and night.
            channel = OrderChannel.Site;
        }

        var (payment, delivery) = PaymentAndDelivery(channel);
        var guest = channel is OrderChannel.Site or OrderChannel.Store && random.Next(100) < 8;
        var customer = customers.Count == 0 || guest ? null : customers[(int)(customers.Count * Math.Pow(random.NextDouble(), 1.6))];
        var year = clock.ToLocal(placedAt).Year;
        var number = lastNumberOfYear[year] = lastNumberOfYear.GetValueOrDefault(year) + 1;
        var order = new Order
        {
            Id = id,
            Number = DocumentNumbers.Format(OrderService.NumberSeries, year, number),
            Channel = channel,
            ClientId = customer?.Id,
            CustomerName = customer?.Name ?? (channel == OrderChannel.Store ? "Klient detaliczny" : GuestName()),
            CustomerEmail = customer?.Email ?? (guest && channel == OrderChannel.Site ? $"gosc{id}@poczta.fm" : null),
            CustomerPhone = customer?.Phone,
            CompanyName = customer?.CompanyName,
            VatId = customer?.VatId,
            PaymentMethod = payment,
            DeliveryMethod = delivery,
            Region = delivery == DeliveryMethod.StorePickup ? null : customer?.Region ?? "mazowieckie",
            Street = delivery == DeliveryMethod.StorePickup ? null : customer?.Street ?? $"ul. Leśna {random.Next(1, 90)}",
            PostalCode = delivery == DeliveryMethod.StorePickup ? null : customer?.PostalCode ?? "00-950",
            City = delivery == DeliveryMethod.StorePickup ? null : customer?.City ?? "Warszawa",
            SiteOrderId = channel == OrderChannel.Site ? $"WEB-{id:D8}" : null,
            PriceBasis = OrderPriceBasis.DefaultFor(channel, customer?.CompanyName is not null || customer?.VatId is not null),
            PlacedAt = placedAt,
        };

        var steps = Steps(order);
        var kept = steps.Where(s => s.At <= now).ToList();
        order.Status = kept[^1].To;
        AddLines(order, holdsStock: OrderTransitions.HoldsReservations(order.Status), confirmed: kept.Any(s => s.To == OrderStatus.Confirmed));
        var priced = OrderPricing.Calculate(
            order.Lines.Select(l => new PricingLine(l.UnitNetMinor, l.VatRatePercent, l.Quantity, 0, l.UnitGrossMinor)).ToList(), order.PriceBasis, order.OrderDiscountMinor, 0, order.Currency);
        Apply(order, priced);

        var changes = new List<OrderStatusChange>();
        OrderStatus? from = null;
        foreach (var step in kept)
        {
            changes.Add(new OrderStatusChange { OrderId = id, From = from, To = step.To, At = step.At, ChangedBy = step.By, Note = step.Note });
            from = step.To;
            Stamp(order, step);
        }

        var orderReturn = order.Status == OrderStatus.Returned ? Return(order, kept[^1]) : null;
        if (order.Status == OrderStatus.Cancelled && order.IsPaid)
        {
            order.RefundDueMinor = order.PayableMinor;
            order.PaymentState = order.CancelledAt < now.AddDays(-14) ? PaymentState.Refunded : PaymentState.RefundDue;
        }

        order.UpdatedAt = kept[^1].At;
        order.Version = kept.Count - 1;
        var remindAt = placedAt.AddDays(RemindUnpaidAfterDays);
        var reminded = payment == PaymentMethod.BankTransfer && remindAt <= now && !(order.PaidAt <= remindAt) && !(order.CancelledAt <= remindAt);
        var remindedAt = reminded ? remindAt : (DateTime?)null;
        return new DemoOrder(order, changes, orderReturn, remindedAt);
    }

    private (PaymentMethod, DeliveryMethod) PaymentAndDelivery(OrderChannel channel) => channel switch
    {
        OrderChannel.Store => (PaymentMethod.CashInStore, DeliveryMethod.StorePickup),
        OrderChannel.SalesRep => (PaymentMethod.BankTransfer, DeliveryMethod.Courier),
        _ => (
            Roll(channel == OrderChannel.Site ? 55 : 0, 30) switch { 0 => PaymentMethod.Online, 1 => PaymentMethod.CashOnDelivery, _ => PaymentMethod.BankTransfer },
            Roll(50, 35, 10) switch { 0 => DeliveryMethod.Courier, 1 => DeliveryMethod.ParcelLocker, 2 => DeliveryMethod.Post, _ => DeliveryMethod.StorePickup }),
    };

    // Every step the order would go through if nothing stopped it, then what stops some: the customer
    // cancels, a transfer never comes, a cash-on-delivery parcel is refused, the goods come back.
    private List<DemoStep> Steps(Order order)
    {
        var placedBy = order.Channel == OrderChannel.Site ? Site : Manager;
        var steps = new List<DemoStep> { new(OrderStatus.New, order.PlacedAt, placedBy) };
        if (order.Channel == OrderChannel.Store)
        {
            var at = order.PlacedAt;
            steps.Add(new(OrderStatus.Confirmed, at = at.AddMinutes(1), Manager));
            steps.Add(new(OrderStatus.Assembly, at = at.AddMinutes(1), Manager));
            steps.Add(new(OrderStatus.Packed, at = at.AddMinutes(2), Manager));
            steps.Add(new(OrderStatus.Delivered, at.AddMinutes(1), Manager, "Handed over in the store"));
            return random.Next(100) < 2 ? WithReturn(steps) : steps;
        }

        var confirmedAt = order.Channel == OrderChannel.Site ? InWorkingHours(order.PlacedAt.AddMinutes(random.Next(30, 480))) : order.PlacedAt.AddMinutes(random.Next(1, 20));
        steps.Add(new(OrderStatus.Confirmed, confirmedAt, Manager));
        var readyAt = confirmedAt;
        if (order.PaymentMethod == PaymentMethod.Online)
        {
            steps.Add(new(OrderStatus.Paid, readyAt = confirmedAt.AddMinutes(1), Job, "Online payment"));
        }
        else if (order.PaymentMethod == PaymentMethod.BankTransfer)
        {
            if (random.Next(100) < 12)
            {
                steps.Add(new(OrderStatus.Cancelled, order.PlacedAt.AddDays(CancelUnpaidAfterDays).AddMinutes(random.Next(60)), Job, $"Not paid within {CancelUnpaidAfterDays} days"));
                return steps;
            }

            steps.Add(new(OrderStatus.Paid, readyAt = InWorkingHours(confirmedAt.AddHours(4 + random.Next(90))), Manager, "Bank transfer"));
        }

        var assemblyAt = InWorkingHours(readyAt.AddHours(1 + random.Next(20)));
        var packedAt = InWorkingHours(assemblyAt.AddMinutes(30 + random.Next(210)));
        steps.Add(new(OrderStatus.Assembly, assemblyAt, Warehouseman));
        steps.Add(new(OrderStatus.Packed, packedAt, Warehouseman));
        if (random.Next(100) < 4)
        {
            var cancelledAt = order.PlacedAt.AddHours(1 + random.Next(30));
            steps.RemoveAll(s => s.At >= cancelledAt);
            steps.Add(new(OrderStatus.Cancelled, cancelledAt, Manager, "The customer cancelled"));
            return steps;
        }

        if (order.DeliveryMethod == DeliveryMethod.StorePickup)
        {
            steps.Add(new(OrderStatus.Delivered, packedAt.AddHours(4 + random.Next(70)), Manager, "Picked up in the store"));
            return random.Next(100) < 3 ? WithReturn(steps) : steps;
        }

        var carrier = order.DeliveryMethod switch
        {
            DeliveryMethod.ParcelLocker => "InPost",
            DeliveryMethod.Post => "Poczta Polska",
            _ => Carriers[random.Next(3)],
        };
        var shippedAt = InWorkingHours(packedAt.AddHours(1 + random.Next(8)));
        steps.Add(new(OrderStatus.Shipped, shippedAt, Warehouseman, $"{carrier} {random.NextInt64(100_000_000_000, 999_999_999_999)}"));
        if (order.PaymentMethod == PaymentMethod.CashOnDelivery && random.Next(100) < 6)
        {
            steps.Add(new(OrderStatus.Returned, shippedAt.AddDays(5 + random.Next(6)), Warehouseman, "Parcel refused, returned to sender"));
            return steps;
        }

        steps.Add(new(OrderStatus.Delivered, shippedAt.AddHours(18 + random.Next(54)), Job, $"Delivered by {carrier}"));
        return random.Next(100) < 3 ? WithReturn(steps) : steps;
    }

    // Staff confirm, book transfers, pack and ship on working days from 8 to 18: what comes in after hours
    // waits for the next working morning.
    private DateTime InWorkingHours(DateTime utc)
    {
        var local = clock.ToLocal(utc);
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!weekend && local.Hour is >= 8 and < 18)
        {
            return utc;
        }

        var day = local.Hour < 8 && !weekend ? local.Date : local.Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return clock.ToUtc(day.AddHours(8).AddMinutes(random.Next(90)));
    }

    private List<DemoStep> WithReturn(List<DemoStep> steps)
    {
        steps.Add(new(OrderStatus.Returned, steps[^1].At.AddDays(3 + random.Next(12)), Manager, "Returned within 14 days"));
        return steps;
    }

    private void AddLines(Order order, bool holdsStock, bool confirmed)
    {
        var count = Roll(55, 28, 12) + 1;
        while (order.Lines.Count < count)
        {
            var product = Pick(order, holdsStock) ?? (order.Lines.Count == 0 ? byPopularity[0] : null);
            if (product is null)
            {
                break;
            }

            // Nothing left to reserve: the manager took it as a backorder, as the workflow allows.
            var onBackorder = holdsStock && availableInMainWarehouse.GetValueOrDefault(product.Id) <= 0;
            var quantity = product.NetPriceMinor < 3_000 ? random.Next(1, 6) : random.Next(10) == 0 ? 2 : 1;
            if (holdsStock && !onBackorder)
            {
                quantity = Math.Min(quantity, availableInMainWarehouse[product.Id]);
                availableInMainWarehouse[product.Id] -= quantity;
            }

            order.Lines.Add(new OrderLine
            {
                Id = ++lineId,
                OrderId = order.Id,
                Position = order.Lines.Count + 1,
                ProductId = product.Id,
                Sku = product.Sku,
                Name = product.Name,
                Quantity = quantity,
                UnitNetMinor = product.NetPriceMinor,
                UnitGrossMinor = product.GrossPriceMinor,
                VatRatePercent = product.VatRatePercent,
                BackorderAllowed = onBackorder,
                OnBackorder = onBackorder,
                WarehouseId = confirmed && !onBackorder ? mainWarehouseId : null,
            });
        }

        // Managers give a regular a few percent off now and then; the site's promotions come with Settings.
        if (order.Channel is OrderChannel.Phone or OrderChannel.SalesRep && random.Next(100) < 10)
        {
            order.OrderDiscountMinor = order.Lines.Sum(l => (order.PriceBasis == PriceBasis.Gross ? l.UnitGrossMinor : l.UnitNetMinor) * l.Quantity) / 20 / 100 * 100;
        }
    }

    // A popular model not yet on the order; one with stock left in the main warehouse when the order holds stock.
    private DemoProduct? Pick(Order order, bool holdsStock)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var product = byPopularity[(int)(byPopularity.Length * Math.Pow(random.NextDouble(), 2.2))];
            if (order.Lines.All(l => l.ProductId != product.Id) && (!holdsStock || availableInMainWarehouse.GetValueOrDefault(product.Id) > 0))
            {
                return product;
            }
        }

        return null;
    }

    private static void Apply(Order order, PricedOrder priced)
    {
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            var price = priced.Lines[i];
            line.UnitGrossMinor = price.UnitGrossMinor;
            line.OrderDiscountShareMinor = price.OrderDiscountShareMinor;
            line.NetMinor = price.NetMinor;
            line.VatMinor = price.VatMinor;
            line.GrossMinor = price.GrossMinor;
        }

        order.NetMinor = priced.NetMinor;
        order.VatMinor = priced.VatMinor;
        order.GrossMinor = priced.GrossMinor;
        order.OrderDiscountMinor = priced.OrderDiscountMinor;
        order.PayableMinor = priced.PayableMinor;
    }

    private void Stamp(Order order, DemoStep step)
    {
        switch (step.To)
        {
            case OrderStatus.Confirmed:
                order.ConfirmedAt = step.At;
                break;
            case OrderStatus.Paid:
                order.PaidAt = step.At;
                order.PaymentState = PaymentState.Paid;
                break;
            case OrderStatus.Assembly:
                order.AssemblyAt = step.At;
                break;
            case OrderStatus.Packed:
                order.PackedAt = step.At;
                break;
            case OrderStatus.Shipped:
                order.ShippedAt = step.At;
                var parcel = step.Note!;
                order.Carrier = parcel[..parcel.LastIndexOf(' ')];
                order.TrackingNumber = parcel[(parcel.LastIndexOf(' ') + 1)..];
                break;
            case OrderStatus.Delivered:
                order.DeliveredAt = step.At;
                if (!order.IsPaid)
                {
                    order.PaidAt = step.At;
                    order.PaymentState = PaymentState.Paid;
                }

                break;
            case OrderStatus.Cancelled:
                order.CancelledAt = step.At;
                break;
            case OrderStatus.Returned:
                order.ReturnedAt = step.At;
                break;
        }
    }

    // A refused parcel and most returns bring back everything; some returns only the first line.
    private OrderReturn Return(Order order, DemoStep step)
    {
        var whole = order.DeliveredAt is null || order.Lines.Count == 1 || random.Next(100) < 60;
        var lines = new List<OrderReturnLine>();
        foreach (var line in whole ? order.Lines : order.Lines.Take(1))
        {
            line.ReturnedQuantity = line.Quantity;
            lines.Add(new OrderReturnLine { OrderLineId = line.Id, Quantity = line.Quantity, GrossMinor = line.GrossMinor });
        }

        var refund = order.IsPaid ? lines.Sum(l => l.GrossMinor) : 0;
        if (refund > 0)
        {
            order.RefundDueMinor = refund;
            order.PaymentState = step.At < now.AddDays(-14) ? PaymentState.Refunded : PaymentState.RefundDue;
        }

        return new OrderReturn { Id = ++returnId, OrderId = order.Id, At = step.At, RecordedBy = step.By, Reason = step.Note, RefundDueMinor = refund, Lines = lines };
    }

    // A first name of one client and the surname of another: a believable person who is no client.
    private string GuestName()
    {
        return people.Length == 0
            ? "Jan Nowak"
            : $"{people[random.Next(people.Length)].Name.Split(' ')[0]} {people[random.Next(people.Length)].Name.Split(' ')[^1]}";
    }

    // The index of the weight the roll fell in; what the weights leave to 100 is the last choice.
    private int Roll(params int[] weights)
    {
        var roll = random.Next(100);
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0)
            {
                return i;
            }
        }

        return weights.Length;
    }
}
