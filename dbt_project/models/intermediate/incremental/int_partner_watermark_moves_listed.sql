-- Partners whose watermark moves in this build: ongoing sessions close their open
-- intervals at it and app sessions conclude by it, so their rows change without any
-- new event of their own.
with events as (

    select * from {{ ref('stg_sessionlens__events') }}

),

pending_batches as (

    select * from {{ ref('int_pending_batches_listed') }}

),

watermarks as (

    select * from {{ ref('int_partner_watermarks_computed') }}

),

previous_watermarks as (

    select
        partner_id,
        max(event_at) as watermark_at

    from events
    where batch_id not in (select batch_id from pending_batches)
    group by partner_id

),

final as (

    select
        watermarks.partner_id,
        previous_watermarks.watermark_at as previous_watermark_at,
        watermarks.watermark_at

    from watermarks
    left join previous_watermarks
        on watermarks.partner_id = previous_watermarks.partner_id
    where previous_watermarks.watermark_at is null
        or watermarks.watermark_at > previous_watermarks.watermark_at

)

select * from final
