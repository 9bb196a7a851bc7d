using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Reminders;

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.ToTable(DigestDeliveryLog.Table);
        builder.HasKey(d => new { d.Day, d.AccountId });
        builder.Property(d => d.Node).HasMaxLength(200);
    }
}
