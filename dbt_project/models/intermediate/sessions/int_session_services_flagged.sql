with service_starts as (

    select * from {{ ref('stg_sessionlens__service_starts') }}

),

final as (

    select
        partner_id,
        session_id,
        count(case when service = 'recording' then 1 end) > 0 as has_recording,
        count(case when service = 'hls' then 1 end) > 0 as has_hls,
        count(case when service = 'rtmp' then 1 end) > 0 as has_rtmp

    from service_starts
    group by partner_id, session_id

)

select * from final
