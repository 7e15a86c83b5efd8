namespace Ikim.Publisher.Hooks;

/// <summary><c>POST /hooks/github</c>, <c>/hooks/gitlab</c>, <c>/hooks/gitea</c>, <c>/hooks/generic</c>.</summary>
public static class HookEndpoints
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<IWebhookProvider, GitHubWebhook>();
        services.AddSingleton<IWebhookProvider, GitLabWebhook>();
        services.AddSingleton<IWebhookProvider, GiteaWebhook>();
        services.AddSingleton<IWebhookProvider, GenericWebhook>();
        services.AddSingleton<WebhookHandler>();
        return services;
    }

    public static void MapWebhooks(this IEndpointRouteBuilder app)
    {
        foreach (var provider in app.ServiceProvider.GetServices<IWebhookProvider>())
        {
            app.MapPost("/hooks/" + provider.Name, (HttpContext context, WebhookHandler handler) => handler.Handle(provider, context));
        }
    }
}
