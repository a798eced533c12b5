namespace ShopCrm.Core.Demo;

public enum DemoScale
{
    // Enough to click through every page; seconds to make.
    Small,

    // The model shop's size: 25,000 models, 70,000 clients, 200,000 orders as modules land.
    Full,
}
