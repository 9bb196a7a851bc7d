using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Requests;

internal sealed class RequestEventConfiguration : IEntityTypeConfiguration<RequestEvent>
{
    public void Configure(EntityTypeBuilder<RequestEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.RequestId, e.Sequence }).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(60);
        builder.Property(e => e.Party).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.ApprovedBy).HasMaxLength(100);
        builder.Property(e => e.Article).HasMaxLength(60);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasIndex(e => new { e.Kind, e.LegalDate });
    }
}
