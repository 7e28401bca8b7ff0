const Ps="sessionlens.apiKey";function ho(){return sessionStorage.getItem(Ps)}function mo(e){sessionStorage.setItem(Ps,e.trim())}function go(){sessionStorage.removeItem(Ps)}function Fr(){const t=new URLSearchParams(location.hash.slice(1)).get("key");t&&(mo(t),history.replaceState(null,"",location.pathname+location.search))}class xt extends Error{constructor(t,s){super(t),this.kind=s}kind}async function wo(e,t){const s=ho();if(!s)throw new xt("Enter an API key to see the data.","unauthenticated");const l=new Headers(t.headers);l.set("Authorization",`Bearer ${s}`);const o=new AbortController,a=setTimeout(()=>o.abort(),3e4);let c;try{c=await fetch(e,{...t,headers:l,signal:o.signal})}catch{throw o.signal.aborted?new xt(`The gateway did not answer within ${3e4/1e3} s; try again later.`,"timeout"):new xt("The gateway cannot be reached; check the connection.","network")}finally{clearTimeout(a)}if(c.status===401)throw new xt("The API key was refused (401 Unauthorized): it is unknown, revoked or expired. Enter a valid key.","unauthenticated");return c}async function ze(e,t={}){const s=await wo("/graphql",{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/json"},body:JSON.stringify({query:e,variables:t})});let l;try{l=await s.json()}catch{throw new xt(`The gateway answered HTTP ${s.status} without JSON.`,"query")}const[o]=l.errors??[];if(o){const a=o.extensions?.code;throw a==="TIMEOUT"?new xt(o.message,"timeout"):new xt(a?`${o.message} (${a})`:o.message,"query")}return l.data??{}}async function Br(e,t,s,l){const o=new URLSearchParams({query:e,variables:JSON.stringify(t),headers:s}),a=await wo(`/export.csv?${o}`,{method:"GET"});if(!a.ok){const h=(await a.json().catch(()=>({}))).errors?.[0]?.message??`HTTP ${a.status}`;throw new xt(`The export failed: ${h}`,"query")}const c=URL.createObjectURL(await a.blob()),f=document.createElement("a");f.href=c,f.download=l,f.click(),setTimeout(()=>URL.revokeObjectURL(c),1e4)}function w(e,t={},...s){const l=document.createElement(e);for(const[o,a]of Object.entries(t))a===void 0||a===!1||(typeof a=="function"?l.addEventListener(o.slice(2),a):l.setAttribute(o,a===!0?"":String(a)));return Hr(l,...s),l}function Hr(e,...t){for(const s of t)s==null||s===!1||e.appendChild(s instanceof Node?s:document.createTextNode(String(s)))}function Ie(e,t=""){return e==null?"—":typeof e=="number"?t.endsWith("Rate")?`${(e*100).toFixed(1)}%`:Number.isInteger(e)?String(e):e.toFixed(2):typeof e=="boolean"?e?"yes":"no":String(e)}const Wr=!0,Le="u-",Gr="uplot",jr=Le+"hz",Yr=Le+"vt",Kr=Le+"title",Jr=Le+"wrap",Qr=Le+"under",Zr=Le+"over",Xr=Le+"axis",dn=Le+"off",ea=Le+"select",ta=Le+"cursor-x",na=Le+"cursor-y",la=Le+"cursor-pt",sa=Le+"legend",ia=Le+"live",oa=Le+"inline",ra=Le+"series",aa=Le+"marker",yi=Le+"label",ca=Le+"value",nl="width",ll="height",Xn="top",Si="bottom",$n="left",ss="right",As="#000",bi=As+"0",is="mousemove",_i="mousedown",os="mouseup",Ei="mouseenter",Ti="mouseleave",Ci="dblclick",ua="resize",fa="scroll",ki="change",El="dppxchange",xs="--",Fn=typeof window<"u",hs=Fn?document:null,Vn=Fn?window:null,da=Fn?navigator:null;let oe,vl;function ms(){let e=devicePixelRatio;oe!=e&&(oe=e,vl&&ws(ki,vl,ms),vl=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),pn(ki,vl,ms),Vn.dispatchEvent(new CustomEvent(El)))}function ct(e,t){if(t!=null){let s=e.classList;!s.contains(t)&&s.add(t)}}function gs(e,t){let s=e.classList;s.contains(t)&&s.remove(t)}function we(e,t,s){e.style[t]=s+"px"}function kt(e,t,s,l){let o=hs.createElement(e);return t!=null&&ct(o,t),s?.insertBefore(o,l),o}function yt(e,t){return kt("div",e,t)}const Pi=new WeakMap;function Vt(e,t,s,l,o){let a="translate("+t+"px,"+s+"px)",c=Pi.get(e);a!=c&&(e.style.transform=a,Pi.set(e,a),t<0||s<0||t>l||s>o?ct(e,dn):gs(e,dn))}const Ai=new WeakMap;function xi(e,t,s){let l=t+s,o=Ai.get(e);l!=o&&(Ai.set(e,l),e.style.background=t,e.style.borderColor=s)}const Mi=new WeakMap;function qi(e,t,s,l){let o=t+""+s,a=Mi.get(e);o!=a&&(Mi.set(e,o),e.style.height=s+"px",e.style.width=t+"px",e.style.marginLeft=l?-t/2+"px":0,e.style.marginTop=l?-s/2+"px":0)}const Ms={passive:!0},pa={...Ms,capture:!0};function pn(e,t,s,l){t.addEventListener(e,s,l?pa:Ms)}function ws(e,t,s,l){t.removeEventListener(e,s,Ms)}Fn&&ms();function Pt(e,t,s,l){let o;s=s||0,l=l||t.length-1;let a=l<=2147483647;for(;l-s>1;)o=a?s+l>>1:ft((s+l)/2),t[o]<e?s=o:l=o;return e-t[s]<=t[l]-e?s:l}function vo(e){return(s,l,o)=>{let a=-1,c=-1;for(let f=l;f<=o;f++)if(e(s[f])){a=f;break}for(let f=o;f>=l;f--)if(e(s[f])){c=f;break}return[a,c]}}const yo=e=>e!=null,So=e=>e!=null&&e>0,Pl=vo(yo),ha=vo(So);function ma(e,t,s,l=0,o=!1){let a=o?ha:Pl,c=o?So:yo;[t,s]=a(e,t,s);let f=e[t],p=e[t];if(t>-1)if(l==1)f=e[t],p=e[s];else if(l==-1)f=e[s],p=e[t];else for(let h=t;h<=s;h++){let y=e[h];c(y)&&(y<f?f=y:y>p&&(p=y))}return[f??fe,p??-fe]}function Al(e,t,s,l){let o=Di(e),a=Di(t);e==t&&(o==-1?(e*=s,t/=s):(e/=s,t*=s));let c=s==10?Ut:bo,f=o==1?ft:St,p=a==1?St:ft,h=f(c(qe(e))),y=p(c(qe(t))),m=Nn(s,h),v=Nn(s,y);return s==10&&(h<0&&(m=de(m,-h)),y<0&&(v=de(v,-y))),l||s==2?(e=m*o,t=v*a):(e=Co(e,m),t=xl(t,v)),[e,t]}function qs(e,t,s,l){let o=Al(e,t,s,l);return e==0&&(o[0]=0),t==0&&(o[1]=0),o}const Is=.1,Ii={mode:3,pad:Is},il={pad:0,soft:null,mode:0},ga={min:il,max:il};function Tl(e,t,s,l){return Ml(s)?Li(e,t,s):(il.pad=s,il.soft=l?0:null,il.mode=l?3:0,Li(e,t,ga))}function se(e,t){return e??t}function wa(e,t,s){for(t=se(t,0),s=se(s,e.length-1);t<=s;){if(e[t]!=null)return!0;t++}return!1}function Li(e,t,s){let l=s.min,o=s.max,a=se(l.pad,0),c=se(o.pad,0),f=se(l.hard,-fe),p=se(o.hard,fe),h=se(l.soft,fe),y=se(o.soft,-fe),m=se(l.mode,0),v=se(o.mode,0),q=t-e,M=Ut(q),D=Qe(qe(e),qe(t)),V=Ut(D),x=qe(V-M);(q<1e-24||x>10)&&(q=0,(e==0||t==0)&&(q=1e-24,m==2&&h!=fe&&(a=0),v==2&&y!=-fe&&(c=0)));let S=q||D||1e3,E=Ut(S),_=Nn(10,ft(E)),A=S*(q==0?e==0?.1:1:a),C=de(Co(e-A,_/10),24),K=e>=h&&(m==1||m==3&&C<=h||m==2&&C>=h)?h:fe,W=Qe(f,C<K&&e>=K?K:At(K,C)),N=S*(q==0?t==0?.1:1:c),z=de(xl(t+N,_/10),24),P=t<=y&&(v==1||v==3&&z>=y||v==2&&z<=y)?y:-fe,Y=At(p,z>P&&t<=P?P:Qe(P,z));return W==Y&&W==0&&(Y=100),[W,Y]}const va=new Intl.NumberFormat(Fn?da.language:"en-US"),Ls=e=>va.format(e),dt=Math,_l=dt.PI,qe=dt.abs,ft=dt.floor,Me=dt.round,St=dt.ceil,At=dt.min,Qe=dt.max,Nn=dt.pow,Di=dt.sign,Ut=dt.log10,bo=dt.log2,ya=(e,t=1)=>dt.sinh(e)*t,rs=(e,t=1)=>dt.asinh(e/t),fe=1/0;function $i(e){return(Ut((e^e>>31)-(e>>31))|0)+1}function vs(e,t,s){return At(Qe(e,t),s)}function _o(e){return typeof e=="function"}function ee(e){return _o(e)?e:()=>e}const Sa=()=>{},Eo=e=>e,To=(e,t)=>t,ba=e=>null,Ri=e=>!0,Vi=(e,t)=>e==t,_a=/\.\d*?(?=9{6,}|0{6,})/gm,hn=e=>{if(Po(e)||Zt.has(e))return e;const t=`${e}`,s=t.match(_a);if(s==null)return e;let l=s[0].length-1;if(t.indexOf("e-")!=-1){let[o,a]=t.split("e");return+`${hn(o)}e${a}`}return de(e,l)};function un(e,t){return hn(de(hn(e/t))*t)}function xl(e,t){return hn(St(hn(e/t))*t)}function Co(e,t){return hn(ft(hn(e/t))*t)}function de(e,t=0){if(Po(e))return e;let s=10**t,l=e*s*(1+Number.EPSILON);return Me(l)/s}const Zt=new Map;function ko(e){return((""+e).split(".")[1]||"").length}function rl(e,t,s,l){let o=[],a=l.map(ko);for(let c=t;c<s;c++){let f=qe(c),p=de(Nn(e,c),f);for(let h=0;h<l.length;h++){let y=e==10?+`${l[h]}e${c}`:l[h]*p,m=(c>=0?0:f)+(c>=a[h]?0:a[h]),v=e==10?y:de(y,m);o.push(v),Zt.set(v,m)}}return o}const ol={},Ds=[],On=[null,null],Jt=Array.isArray,Po=Number.isInteger,Ea=e=>e===void 0;function Ni(e){return typeof e=="string"}function Ml(e){let t=!1;if(e!=null){let s=e.constructor;t=s==null||s==Object}return t}function Ta(e){return e!=null&&typeof e=="object"}const Ca=Object.getPrototypeOf(Uint8Array),Ao="__proto__";function zn(e,t=Ml){let s;if(Jt(e)){let l=e.find(o=>o!=null);if(Jt(l)||t(l)){s=Array(e.length);for(let o=0;o<e.length;o++)s[o]=zn(e[o],t)}else s=e.slice()}else if(e instanceof Ca)s=e.slice();else if(t(e)){s={};for(let l in e)l!=Ao&&(s[l]=zn(e[l],t))}else s=e;return s}function Pe(e){let t=arguments;for(let s=1;s<t.length;s++){let l=t[s];for(let o in l)o!=Ao&&(Ml(e[o])?Pe(e[o],zn(l[o])):e[o]=zn(l[o]))}return e}const ka=0,Pa=1,Aa=2;function xa(e,t,s){for(let l=0,o,a=-1;l<t.length;l++){let c=t[l];if(c>a){for(o=c-1;o>=0&&e[o]==null;)e[o--]=null;for(o=c+1;o<s&&e[o]==null;)e[a=o++]=null}}}function Ma(e,t){if(La(e)){let c=e[0].slice();for(let f=1;f<e.length;f++)c.push(...e[f].slice(1));return Da(c[0])||(c=Ia(c)),c}let s=new Set;for(let c=0;c<e.length;c++){let p=e[c][0],h=p.length;for(let y=0;y<h;y++)s.add(p[y])}let l=[Array.from(s).sort((c,f)=>c-f)],o=l[0].length,a=new Map;for(let c=0;c<o;c++)a.set(l[0][c],c);for(let c=0;c<e.length;c++){let f=e[c],p=f[0];for(let h=1;h<f.length;h++){let y=f[h],m=Array(o).fill(void 0),v=t?t[c][h]:Pa,q=[];for(let M=0;M<y.length;M++){let D=y[M],V=a.get(p[M]);D===null?v!=ka&&(m[V]=D,v==Aa&&q.push(V)):m[V]=D}xa(m,q,o),l.push(m)}}return l}const qa=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ia(e){let t=e[0],s=t.length,l=Array(s);for(let a=0;a<l.length;a++)l[a]=a;l.sort((a,c)=>t[a]-t[c]);let o=[];for(let a=0;a<e.length;a++){let c=e[a],f=Array(s);for(let p=0;p<s;p++)f[p]=c[l[p]];o.push(f)}return o}function La(e){let t=e[0][0],s=t.length;for(let l=1;l<e.length;l++){let o=e[l][0];if(o.length!=s)return!1;if(o!=t){for(let a=0;a<s;a++)if(o[a]!=t[a])return!1}}return!0}function Da(e,t=100){const s=e.length;if(s<=1)return!0;let l=0,o=s-1;for(;l<=o&&e[l]==null;)l++;for(;o>=l&&e[o]==null;)o--;if(o<=l)return!0;const a=Qe(1,ft((o-l+1)/t));for(let c=e[l],f=l+a;f<=o;f+=a){const p=e[f];if(p!=null){if(p<=c)return!1;c=p}}return!0}const xo=["January","February","March","April","May","June","July","August","September","October","November","December"],Mo=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function qo(e){return e.slice(0,3)}const $a=Mo.map(qo),Ra=xo.map(qo),Va={MMMM:xo,MMM:Ra,WWWW:Mo,WWW:$a};function el(e){return(e<10?"0":"")+e}function Na(e){return(e<10?"00":e<100?"0":"")+e}const Oa={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>el(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>el(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>el(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>el(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>el(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Na(e.getMilliseconds())};function $s(e,t){t=t||Va;let s=[],l=/\{([a-z]+)\}|[^{]+/gi,o;for(;o=l.exec(e);)s.push(o[0][0]=="{"?Oa[o[1]]:o[0]);return a=>{let c="";for(let f=0;f<s.length;f++)c+=typeof s[f]=="string"?s[f]:s[f](a,t);return c}}const za=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Ua(e,t){let s;return t=="UTC"||t=="Etc/UTC"?s=new Date(+e+e.getTimezoneOffset()*6e4):t==za?s=e:(s=new Date(e.toLocaleString("en-US",{timeZone:t})),s.setMilliseconds(e.getMilliseconds())),s}const Io=e=>e%1==0,Cl=[1,2,2.5,5],Fa=rl(10,-32,0,Cl),Lo=rl(10,0,32,Cl),Ba=Lo.filter(Io),fn=Fa.concat(Lo),Rs=`
`,Do="{YYYY}",Oi=Rs+Do,$o="{M}/{D}",sl=Rs+$o,yl=sl+"/{YY}",Ro="{aa}",Ha="{h}:{mm}",Rn=Ha+Ro,zi=Rs+Rn,Ui=":{ss}",ae=null;function Vo(e){let t=e*1e3,s=t*60,l=s*60,o=l*24,a=o*30,c=o*365,p=(e==1?rl(10,0,3,Cl).filter(Io):rl(10,-3,0,Cl)).concat([t,t*5,t*10,t*15,t*30,s,s*5,s*10,s*15,s*30,l,l*2,l*3,l*4,l*6,l*8,l*12,o,o*2,o*3,o*4,o*5,o*6,o*7,o*8,o*9,o*10,o*15,a,a*2,a*3,a*4,a*6,c,c*2,c*5,c*10,c*25,c*50,c*100]);const h=[[c,Do,ae,ae,ae,ae,ae,ae,1],[o*28,"{MMM}",Oi,ae,ae,ae,ae,ae,1],[o,$o,Oi,ae,ae,ae,ae,ae,1],[l,"{h}"+Ro,yl,ae,sl,ae,ae,ae,1],[s,Rn,yl,ae,sl,ae,ae,ae,1],[t,Ui,yl+" "+Rn,ae,sl+" "+Rn,ae,zi,ae,1],[e,Ui+".{fff}",yl+" "+Rn,ae,sl+" "+Rn,ae,zi,ae,1]];function y(m){return(v,q,M,D,V,x)=>{let S=[],E=V>=c,_=V>=a&&V<c,A=m(M),C=de(A*e,3),K=as(A.getFullYear(),E?0:A.getMonth(),_||E?1:A.getDate()),W=de(K*e,3);if(_||E){let N=_?V/a:0,z=E?V/c:0,P=C==W?C:de(as(K.getFullYear()+z,K.getMonth()+N,1)*e,3),Y=new Date(Me(P/e)),O=Y.getFullYear(),G=Y.getMonth();for(let B=0;P<=D;B++){let te=as(O+z*B,G+N*B,1),H=te-m(de(te*e,3));P=de((+te+H)*e,3),P<=D&&S.push(P)}}else{let N=V>=o?o:V,z=ft(M)-ft(C),P=W+z+xl(C-W,N);S.push(P);let Y=m(P),O=Y.getHours()+Y.getMinutes()/s+Y.getSeconds()/l,G=V/l,B=v.axes[q]._space,te=x/B;for(;P=de(P+V,e==1?0:3),!(P>D);)if(G>1){let H=ft(de(O+G,6))%24,ne=m(P).getHours()-H;ne>1&&(ne=-1),P-=ne*l,O=(O+G)%24;let ce=S[S.length-1];de((P-ce)/V,3)*te>=.7&&S.push(P)}else S.push(P)}return S}}return[p,h,y]}const[Wa,Ga,ja]=Vo(1),[Ya,Ka,Ja]=Vo(.001);rl(2,-53,53,[1]);function Fi(e,t){return e.map(s=>s.map((l,o)=>o==0||o==8||l==null?l:t(o==1||s[8]==0?l:s[1]+l)))}function Bi(e,t){return(s,l,o,a,c)=>{let f=t.find(M=>c>=M[0])||t[t.length-1],p,h,y,m,v,q;return l.map(M=>{let D=e(M),V=D.getFullYear(),x=D.getMonth(),S=D.getDate(),E=D.getHours(),_=D.getMinutes(),A=D.getSeconds(),C=V!=p&&f[2]||x!=h&&f[3]||S!=y&&f[4]||E!=m&&f[5]||_!=v&&f[6]||A!=q&&f[7]||f[1];return p=V,h=x,y=S,m=E,v=_,q=A,C(D)})}}function Qa(e,t){let s=$s(t);return(l,o,a,c,f)=>o.map(p=>s(e(p)))}function as(e,t,s){return new Date(e,t,s)}function Hi(e,t){return t(e)}const Za="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function Wi(e,t){return(s,l,o,a)=>a==null?xs:t(e(l))}function Xa(e,t){let s=e.series[t];return s.width?s.stroke(e,t):s.points.width?s.points.stroke(e,t):null}function ec(e,t){return e.series[t].fill(e,t)}const tc={show:!0,live:!0,isolate:!1,mount:Sa,markers:{show:!0,width:2,stroke:Xa,fill:ec,dash:"solid"},idx:null,idxs:null,values:[]};function nc(e,t){let s=e.cursor.points,l=yt(),o=s.size(e,t);we(l,nl,o),we(l,ll,o);let a=o/-2;we(l,"marginLeft",a),we(l,"marginTop",a);let c=s.width(e,t,o);return c&&we(l,"borderWidth",c),l}function lc(e,t){let s=e.series[t].points;return s._fill||s._stroke}function sc(e,t){let s=e.series[t].points;return s._stroke||s._fill}function ic(e,t){return e.series[t].points.size}const cs=[0,0];function oc(e,t,s){return cs[0]=t,cs[1]=s,cs}function Sl(e,t,s,l=!0){return o=>{o.button==0&&(!l||o.target==t)&&s(o)}}function us(e,t,s,l=!0){return o=>{(!l||o.target==t)&&s(o)}}const rc={show:!0,x:!0,y:!0,lock:!1,move:oc,points:{one:!1,show:nc,size:ic,width:0,stroke:sc,fill:lc},bind:{mousedown:Sl,mouseup:Sl,click:Sl,dblclick:Sl,mousemove:us,mouseleave:us,mouseenter:us},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,s,l,o)=>l-o,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},No={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Vs=Pe({},No,{filter:To}),Oo=Pe({},Vs,{size:10}),zo=Pe({},No,{show:!1}),Ns='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Uo="bold "+Ns,Fo=1.5,Gi={show:!0,scale:"x",stroke:As,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Uo,side:2,grid:Vs,ticks:Oo,border:zo,font:Ns,lineGap:Fo,rotate:0},ac="Value",cc="Time",ji={show:!0,scale:"x",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function uc(e,t,s,l,o){return t.map(a=>a==null?"":Ls(a))}function fc(e,t,s,l,o,a,c){let f=[],p=Zt.get(o)||0;s=c?s:de(xl(s,o),p);for(let h=s;h<=l;h=de(h+o,p))f.push(Object.is(h,-0)?0:h);return f}function ys(e,t,s,l,o,a,c){const f=[],p=e.scales[e.axes[t].scale].log,h=p==10?Ut:bo,y=ft(h(s));o=Nn(p,y),p==10&&(o=fn[Pt(o,fn)]);let m=s,v=o*p;p==10&&(v=fn[Pt(v,fn)]);do f.push(m),m=m+o,p==10&&!Zt.has(m)&&(m=de(m,Zt.get(o))),m>=v&&(o=m,v=o*p,p==10&&(v=fn[Pt(v,fn)]));while(m<=l);return f}function dc(e,t,s,l,o,a,c){let p=e.scales[e.axes[t].scale].asinh,h=l>p?ys(e,t,Qe(p,s),l,o):[p],y=l>=0&&s<=0?[0]:[];return(s<-p?ys(e,t,Qe(p,-l),-s,o):[p]).reverse().map(v=>-v).concat(y,h)}const Bo=/./,pc=/[12357]/,hc=/[125]/,Yi=/1/,Ss=(e,t,s,l)=>e.map((o,a)=>t==4&&o==0||a%l==0&&s.test(o.toExponential()[o<0?1:0])?o:null);function mc(e,t,s,l,o){let a=e.axes[s],c=a.scale,f=e.scales[c],p=e.valToPos,h=a._space,y=p(10,c),m=p(9,c)-y>=h?Bo:p(7,c)-y>=h?pc:p(5,c)-y>=h?hc:Yi;if(m==Yi){let v=qe(p(1,c)-y);if(v<h)return Ss(t.slice().reverse(),f.distr,m,St(h/v)).reverse()}return Ss(t,f.distr,m,1)}function gc(e,t,s,l,o){let a=e.axes[s],c=a.scale,f=a._space,p=e.valToPos,h=qe(p(1,c)-p(2,c));return h<f?Ss(t.slice().reverse(),3,Bo,St(f/h)).reverse():t}function wc(e,t,s,l){return l==null?xs:t==null?"":Ls(t)}const Ki={show:!0,scale:"y",stroke:As,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Uo,side:3,grid:Vs,ticks:Oo,border:zo,font:Ns,lineGap:Fo,rotate:0};function vc(e,t){let s=3+(e||1)*2;return de(s*t,3)}function yc(e,t){let{scale:s,idxs:l}=e.series[0],o=e._data[0],a=e.valToPos(o[l[0]],s,!0),c=e.valToPos(o[l[1]],s,!0),f=qe(c-a),p=e.series[t],h=f/(p.points.space*oe);return l[1]-l[0]<=h}const Ji={scale:null,auto:!0,sorted:0,min:fe,max:-fe},Ho=(e,t,s,l,o)=>o,Qi={show:!0,auto:!0,sorted:0,gaps:Ho,alpha:1,facets:[Pe({},Ji,{scale:"x"}),Pe({},Ji,{scale:"y"})]},Zi={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ho,alpha:1,points:{show:yc,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function Sc(e,t,s,l,o){return s/10}const Wo={time:Wr,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},bc=Pe({},Wo,{time:!1,ori:1}),Xi={};function Go(e,t){let s=Xi[e];return s||(s={key:e,plots:[],sub(l){s.plots.push(l)},unsub(l){s.plots=s.plots.filter(o=>o!=l)},pub(l,o,a,c,f,p,h){for(let y=0;y<s.plots.length;y++)s.plots[y]!=o&&s.plots[y].pub(l,o,a,c,f,p,h)}},e!=null&&(Xi[e]=s)),s}const Un=1,bs=2;function mn(e,t,s){const l=e.mode,o=e.series[t],a=l==2?e._data[t]:e._data,c=e.scales,f=e.bbox;let p=a[0],h=l==2?a[1]:a[t],y=l==2?c[o.facets[0].scale]:c[e.series[0].scale],m=l==2?c[o.facets[1].scale]:c[o.scale],v=f.left,q=f.top,M=f.width,D=f.height,V=e.valToPosH,x=e.valToPosV;return y.ori==0?s(o,p,h,y,m,V,x,v,q,M,D,Il,Bn,Dl,Yo,Jo):s(o,p,h,y,m,x,V,q,v,D,M,Ll,Hn,Us,Ko,Qo)}function Os(e,t){let s=0,l=0,o=se(e.bands,Ds);for(let a=0;a<o.length;a++){let c=o[a];c.series[0]==t?s=c.dir:c.series[1]==t&&(c.dir==1?l|=1:l|=2)}return[s,l==1?-1:l==2?1:l==3?2:0]}function _c(e,t,s,l,o){let a=e.mode,c=e.series[t],f=a==2?c.facets[1].scale:c.scale,p=e.scales[f];return o==-1?p.min:o==1?p.max:p.distr==3?p.dir==1?p.min:p.max:0}function Ft(e,t,s,l,o,a){return mn(e,t,(c,f,p,h,y,m,v,q,M,D,V)=>{let x=c.pxRound;const S=h.dir*(h.ori==0?1:-1),E=h.ori==0?Bn:Hn;let _,A;S==1?(_=s,A=l):(_=l,A=s);let C=x(m(f[_],h,D,q)),K=x(v(p[_],y,V,M)),W=x(m(f[A],h,D,q)),N=x(v(a==1?y.max:y.min,y,V,M)),z=new Path2D(o);return E(z,W,N),E(z,C,N),E(z,C,K),z})}function ql(e,t,s,l,o,a){let c=null;if(e.length>0){c=new Path2D;const f=t==0?Dl:Us;let p=s;for(let m=0;m<e.length;m++){let v=e[m];if(v[1]>v[0]){let q=v[0]-p;q>0&&f(c,p,l,q,l+a),p=v[1]}}let h=s+o-p,y=10;h>0&&f(c,p,l-y/2,h,l+a+y)}return c}function Ec(e,t,s){let l=e[e.length-1];l&&l[0]==t?l[1]=s:e.push([t,s])}function zs(e,t,s,l,o,a,c){let f=[],p=e.length;for(let h=o==1?s:l;h>=s&&h<=l;h+=o)if(t[h]===null){let m=h,v=h;if(o==1)for(;++h<=l&&t[h]===null;)v=h;else for(;--h>=s&&t[h]===null;)v=h;let q=a(e[m]),M=v==m?q:a(e[v]),D=m-o;q=c<=0&&D>=0&&D<p?a(e[D]):q;let x=v+o;M=c>=0&&x>=0&&x<p?a(e[x]):M,M>=q&&f.push([q,M])}return f}function eo(e){return e==0?Eo:e==1?Me:t=>un(t,e)}function jo(e){let t=e==0?Il:Ll,s=e==0?(o,a,c,f,p,h)=>{o.arcTo(a,c,f,p,h)}:(o,a,c,f,p,h)=>{o.arcTo(c,a,p,f,h)},l=e==0?(o,a,c,f,p)=>{o.rect(a,c,f,p)}:(o,a,c,f,p)=>{o.rect(c,a,p,f)};return(o,a,c,f,p,h=0,y=0)=>{h==0&&y==0?l(o,a,c,f,p):(h=At(h,f/2,p/2),y=At(y,f/2,p/2),t(o,a+h,c),s(o,a+f,c,a+f,c+p,h),s(o,a+f,c+p,a,c+p,y),s(o,a,c+p,a,c,y),s(o,a,c,a+f,c,h),o.closePath())}}const Il=(e,t,s)=>{e.moveTo(t,s)},Ll=(e,t,s)=>{e.moveTo(s,t)},Bn=(e,t,s)=>{e.lineTo(t,s)},Hn=(e,t,s)=>{e.lineTo(s,t)},Dl=jo(0),Us=jo(1),Yo=(e,t,s,l,o,a)=>{e.arc(t,s,l,o,a)},Ko=(e,t,s,l,o,a)=>{e.arc(s,t,l,o,a)},Jo=(e,t,s,l,o,a,c)=>{e.bezierCurveTo(t,s,l,o,a,c)},Qo=(e,t,s,l,o,a,c)=>{e.bezierCurveTo(s,t,o,l,c,a)};function Zo(e){return(t,s,l,o,a)=>mn(t,s,(c,f,p,h,y,m,v,q,M,D,V)=>{let{pxRound:x,points:S}=c,E,_;h.ori==0?(E=Il,_=Yo):(E=Ll,_=Ko);const A=de(S.width*oe,3);let C=(S.size-S.width)/2*oe,K=de(C*2,3),W=new Path2D,N=new Path2D,{left:z,top:P,width:Y,height:O}=t.bbox;Dl(N,z-K,P-K,Y+K*2,O+K*2);const G=B=>{if(p[B]!=null){let te=x(m(f[B],h,D,q)),H=x(v(p[B],y,V,M));E(W,te+C,H),_(W,te,H,C,0,_l*2)}};if(a)a.forEach(G);else for(let B=l;B<=o;B++)G(B);return{stroke:A>0?W:null,fill:W,clip:N,flags:Un|bs}})}function Xo(e){return(t,s,l,o,a,c)=>{l!=o&&(a!=l&&c!=l&&e(t,s,l),a!=o&&c!=o&&e(t,s,o),e(t,s,c))}}const Tc=Xo(Bn),Cc=Xo(Hn);function er(e){const t=se(e?.alignGaps,0);return(s,l,o,a)=>mn(s,l,(c,f,p,h,y,m,v,q,M,D,V)=>{[o,a]=Pl(p,o,a);let x=c.pxRound,S=O=>x(m(O,h,D,q)),E=O=>x(v(O,y,V,M)),_,A;h.ori==0?(_=Bn,A=Tc):(_=Hn,A=Cc);const C=h.dir*(h.ori==0?1:-1),K={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Un},W=K.stroke;let N=!1;if(a-o>=D*4){let O=U=>s.posToVal(U,h.key,!0),G=null,B=null,te,H,Ze,ve=S(f[C==1?o:a]),ne=S(f[o]),ce=S(f[a]),Z=O(C==1?ne+1:ce-1);for(let U=C==1?o:a;U>=o&&U<=a;U+=C){let Ae=f[U],ye=(C==1?Ae<Z:Ae>Z)?ve:S(Ae),re=p[U];ye==ve?re!=null?(H=re,G==null?(_(W,ye,E(H)),te=G=B=H):H<G?G=H:H>B&&(B=H)):re===null&&(N=!0):(G!=null&&A(W,ve,E(G),E(B),E(te),E(H)),re!=null?(H=re,_(W,ye,E(H)),G=B=te=H):(G=B=null,re===null&&(N=!0)),ve=ye,Z=O(ve+C))}G!=null&&G!=B&&Ze!=ve&&A(W,ve,E(G),E(B),E(te),E(H))}else for(let O=C==1?o:a;O>=o&&O<=a;O+=C){let G=p[O];G===null?N=!0:G!=null&&_(W,S(f[O]),E(G))}let[P,Y]=Os(s,l);if(c.fill!=null||P!=0){let O=K.fill=new Path2D(W),G=c.fillTo(s,l,c.min,c.max,P),B=E(G),te=S(f[o]),H=S(f[a]);C==-1&&([H,te]=[te,H]),_(O,H,B),_(O,te,B)}if(!c.spanGaps){let O=[];N&&O.push(...zs(f,p,o,a,C,S,t)),K.gaps=O=c.gaps(s,l,o,a,O),K.clip=ql(O,h.ori,q,M,D,V)}return Y!=0&&(K.band=Y==2?[Ft(s,l,o,a,W,-1),Ft(s,l,o,a,W,1)]:Ft(s,l,o,a,W,Y)),K})}function kc(e){const t=se(e.align,1),s=se(e.ascDesc,!1),l=se(e.alignGaps,0),o=se(e.extend,!1);return(a,c,f,p)=>mn(a,c,(h,y,m,v,q,M,D,V,x,S,E)=>{[f,p]=Pl(m,f,p);let _=h.pxRound,{left:A,width:C}=a.bbox,K=ne=>_(M(ne,v,S,V)),W=ne=>_(D(ne,q,E,x)),N=v.ori==0?Bn:Hn;const z={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Un},P=z.stroke,Y=v.dir*(v.ori==0?1:-1);let O=W(m[Y==1?f:p]),G=K(y[Y==1?f:p]),B=G,te=G;o&&t==-1&&(te=A,N(P,te,O)),N(P,G,O);for(let ne=Y==1?f:p;ne>=f&&ne<=p;ne+=Y){let ce=m[ne];if(ce==null)continue;let Z=K(y[ne]),U=W(ce);t==1?N(P,Z,O):N(P,B,U),N(P,Z,U),O=U,B=Z}let H=B;o&&t==1&&(H=A+C,N(P,H,O));let[Ze,ve]=Os(a,c);if(h.fill!=null||Ze!=0){let ne=z.fill=new Path2D(P),ce=h.fillTo(a,c,h.min,h.max,Ze),Z=W(ce);N(ne,H,Z),N(ne,te,Z)}if(!h.spanGaps){let ne=[];ne.push(...zs(y,m,f,p,Y,K,l));let ce=h.width*oe/2,Z=s||t==1?ce:-ce,U=s||t==-1?-ce:ce;ne.forEach(Ae=>{Ae[0]+=Z,Ae[1]+=U}),z.gaps=ne=h.gaps(a,c,f,p,ne),z.clip=ql(ne,v.ori,V,x,S,E)}return ve!=0&&(z.band=ve==2?[Ft(a,c,f,p,P,-1),Ft(a,c,f,p,P,1)]:Ft(a,c,f,p,P,ve)),z})}function to(e,t,s,l,o,a,c=fe){if(e.length>1){let f=null;for(let p=0,h=1/0;p<e.length;p++)if(t[p]!==void 0){if(f!=null){let y=qe(e[p]-e[f]);y<h&&(h=y,c=qe(s(e[p],l,o,a)-s(e[f],l,o,a)))}f=p}}return c}function Pc(e){e=e||ol;const t=se(e.size,[.6,fe,1]),s=e.align||0,l=e.gap||0;let o=e.radius;o=o==null?[0,0]:typeof o=="number"?[o,0]:o;const a=ee(o),c=1-t[0],f=se(t[1],fe),p=se(t[2],1),h=se(e.disp,ol),y=se(e.each,q=>{}),{fill:m,stroke:v}=h;return(q,M,D,V)=>mn(q,M,(x,S,E,_,A,C,K,W,N,z,P)=>{let Y=x.pxRound,O=s,G=l*oe,B=f*oe,te=p*oe,H,Ze;_.ori==0?[H,Ze]=a(q,M):[Ze,H]=a(q,M);const ve=_.dir*(_.ori==0?1:-1);let ne=_.ori==0?Dl:Us,ce=_.ori==0?y:($,pe,xe,yn,tn,qt,nn)=>{y($,pe,xe,tn,yn,nn,qt)},Z=se(q.bands,Ds).find($=>$.series[0]==M),U=Z!=null?Z.dir:0,Ae=x.fillTo(q,M,x.min,x.max,U),Ge=Y(K(Ae,A,P,N)),ye,re,bt,st=z,be=Y(x.width*oe),Mt=!1,Nt=null,pt=null,Bt=null,gn=null;m!=null&&(be==0||v!=null)&&(Mt=!0,Nt=m.values(q,M,D,V),pt=new Map,new Set(Nt).forEach($=>{$!=null&&pt.set($,new Path2D)}),be>0&&(Bt=v.values(q,M,D,V),gn=new Map,new Set(Bt).forEach($=>{$!=null&&gn.set($,new Path2D)})));let{x0:wn,size:Wn}=h;if(wn!=null&&Wn!=null){O=1,S=wn.values(q,M,D,V),wn.unit==2&&(S=S.map(xe=>q.posToVal(W+xe*z,_.key,!0)));let $=Wn.values(q,M,D,V);Wn.unit==2?re=$[0]*z:re=C($[0],_,z,W)-C(0,_,z,W),st=to(S,E,C,_,z,W,st),bt=st-re+G}else st=to(S,E,C,_,z,W,st),bt=st*c+G,re=st-bt;bt<1&&(bt=0),be>=re/2&&(be=0),bt<5&&(Y=Eo);let al=bt>0,Xt=st-bt-(al?be:0);re=Y(vs(Xt,te,B)),ye=(O==0?re/2:O==ve?0:re)-O*ve*((O==0?G/2:0)+(al?be/2:0));const je={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},vn=Mt?null:new Path2D;let Ot=null;if(Z!=null)Ot=q.data[Z.series[1]];else{let{y0:$,y1:pe}=h;$!=null&&pe!=null&&(E=pe.values(q,M,D,V),Ot=$.values(q,M,D,V))}let en=H*re,Q=Ze*re;for(let $=ve==1?D:V;$>=D&&$<=V;$+=ve){let pe=E[$];if(pe==null)continue;if(Ot!=null){let Xe=Ot[$]??0;if(pe-Xe==0)continue;Ge=K(Xe,A,P,N)}let xe=_.distr!=2||h!=null?S[$]:$,yn=C(xe,_,z,W),tn=K(se(pe,Ae),A,P,N),qt=Y(yn-ye),nn=Y(Qe(tn,Ge)),it=Y(At(tn,Ge)),ht=nn-it;if(pe!=null){let Xe=pe<0?Q:en,_t=pe<0?en:Q;Mt?(be>0&&Bt[$]!=null&&ne(gn.get(Bt[$]),qt,it+ft(be/2),re,Qe(0,ht-be),Xe,_t),Nt[$]!=null&&ne(pt.get(Nt[$]),qt,it+ft(be/2),re,Qe(0,ht-be),Xe,_t)):ne(vn,qt,it+ft(be/2),re,Qe(0,ht-be),Xe,_t),ce(q,M,$,qt-be/2,it,re+be,ht)}}return be>0?je.stroke=Mt?gn:vn:Mt||(je._fill=x.width==0?x._fill:x._stroke??x._fill,je.width=0),je.fill=Mt?pt:vn,je})}function Ac(e,t){const s=se(t?.alignGaps,0);return(l,o,a,c)=>mn(l,o,(f,p,h,y,m,v,q,M,D,V,x)=>{[a,c]=Pl(h,a,c);let S=f.pxRound,E=H=>S(v(H,y,V,M)),_=H=>S(q(H,m,x,D)),A,C,K;y.ori==0?(A=Il,K=Bn,C=Jo):(A=Ll,K=Hn,C=Qo);const W=y.dir*(y.ori==0?1:-1);let N=E(p[W==1?a:c]),z=N,P=[],Y=[];for(let H=W==1?a:c;H>=a&&H<=c;H+=W)if(h[H]!=null){let ve=p[H],ne=E(ve);P.push(z=ne),Y.push(_(h[H]))}const O={stroke:e(P,Y,A,K,C,S),fill:null,clip:null,band:null,gaps:null,flags:Un},G=O.stroke;let[B,te]=Os(l,o);if(f.fill!=null||B!=0){let H=O.fill=new Path2D(G),Ze=f.fillTo(l,o,f.min,f.max,B),ve=_(Ze);K(H,z,ve),K(H,N,ve)}if(!f.spanGaps){let H=[];H.push(...zs(p,h,a,c,W,E,s)),O.gaps=H=f.gaps(l,o,a,c,H),O.clip=ql(H,y.ori,M,D,V,x)}return te!=0&&(O.band=te==2?[Ft(l,o,a,c,G,-1),Ft(l,o,a,c,G,1)]:Ft(l,o,a,c,G,te)),O})}function xc(e){return Ac(Mc,e)}function Mc(e,t,s,l,o,a){const c=e.length;if(c<2)return null;const f=new Path2D;if(s(f,e[0],t[0]),c==2)l(f,e[1],t[1]);else{let p=Array(c),h=Array(c-1),y=Array(c-1),m=Array(c-1);for(let v=0;v<c-1;v++)y[v]=t[v+1]-t[v],m[v]=e[v+1]-e[v],h[v]=y[v]/m[v];p[0]=h[0];for(let v=1;v<c-1;v++)h[v]===0||h[v-1]===0||h[v-1]>0!=h[v]>0?p[v]=0:(p[v]=3*(m[v-1]+m[v])/((2*m[v]+m[v-1])/h[v-1]+(m[v]+2*m[v-1])/h[v]),isFinite(p[v])||(p[v]=0));p[c-1]=h[c-2];for(let v=0;v<c-1;v++)o(f,e[v]+m[v]/3,t[v]+p[v]*m[v]/3,e[v+1]-m[v]/3,t[v+1]-p[v+1]*m[v]/3,e[v+1],t[v+1])}return f}const _s=new Set;function no(){for(let e of _s)e.syncRect(!0)}Fn&&(pn(ua,Vn,no),pn(fa,Vn,no,!0),pn(El,Vn,()=>{We.pxRatio=oe}));const qc=er(),Ic=Zo();function lo(e,t,s,l){return(l?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((a,c)=>Es(a,c,t,s))}function Lc(e,t){return e.map((s,l)=>l==0?{}:Pe({},t,s))}function Es(e,t,s,l){return Pe({},t==0?s:l,e)}function tr(e,t,s){return t==null?On:[t,s]}const Dc=tr;function $c(e,t,s){return t==null?On:Tl(t,s,Is,!0)}function nr(e,t,s,l){return t==null?On:Al(t,s,e.scales[l].log,!1)}const Rc=nr;function lr(e,t,s,l){return t==null?On:qs(t,s,e.scales[l].log,!1)}const Vc=lr;function Nc(e,t,s,l,o){let a=Qe($i(e),$i(t)),c=t-e,f=Pt(o/l*c,s);do{let p=s[f],h=l*p/c;if(h>=o&&a+(p<5?Zt.get(p):0)<=17)return[p,h]}while(++f<s.length);return[0,0]}function so(e){let t,s;return e=e.replace(/(\d+)px/,(l,o)=>(t=Me((s=+o)*oe))+"px"),[e,t,s]}function Oc(e){e.show&&[e.font,e.labelFont].forEach(t=>{let s=de(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,s+"px"),t[1]=s})}function We(e,t,s){const l={mode:se(e.mode,1)},o=l.mode;function a(n,i,r,u){let d=i.valToPct(n);return u+r*(i.dir==-1?1-d:d)}function c(n,i,r,u){let d=i.valToPct(n);return u+r*(i.dir==-1?d:1-d)}function f(n,i,r,u){return i.ori==0?a(n,i,r,u):c(n,i,r,u)}l.valToPosH=a,l.valToPosV=c;let p=!1;l.status=0;const h=l.root=yt(Gr);if(e.id!=null&&(h.id=e.id),ct(h,e.class),e.title){let n=yt(Kr,h);n.textContent=e.title}const y=kt("canvas"),m=l.ctx=y.getContext("2d"),v=yt(Jr,h);pn("click",v,n=>{n.target===M&&(he!=Mn||Se!=qn)&&Fe.click(l,n)},!0);const q=l.under=yt(Qr,v);v.appendChild(y);const M=l.over=yt(Zr,v);e=zn(e);const D=+se(e.pxAlign,1),V=eo(D);(e.plugins||[]).forEach(n=>{n.opts&&(e=n.opts(l,e)||e)});const x=e.ms||.001,S=l.series=o==1?lo(e.series||[],ji,Zi,!1):Lc(e.series||[null],Qi),E=l.axes=lo(e.axes||[],Gi,Ki,!0),_=l.scales={},A=l.bands=e.bands||[];A.forEach(n=>{n.fill=ee(n.fill||null),n.dir=se(n.dir,-1)});const C=o==2?S[1].facets[0].scale:S[0].scale,K={axes:Pr,series:_r},W=(e.drawOrder||["axes","series"]).map(n=>K[n]);function N(n){const i=n.distr==3?r=>Ut(r>0?r:n.clamp(l,r,n.min,n.max,n.key)):n.distr==4?r=>rs(r,n.asinh):n.distr==100?r=>n.fwd(r):r=>r;return r=>{let u=i(r),{_min:d,_max:g}=n,b=g-d;return(u-d)/b}}function z(n){let i=_[n];if(i==null){let r=(e.scales||ol)[n]||ol;if(r.from!=null){z(r.from);let u=Pe({},_[r.from],r,{key:n});u.valToPct=N(u),_[n]=u}else{i=_[n]=Pe({},n==C?Wo:bc,r),i.key=n;let u=i.time,d=i.range,g=Jt(d);if((n!=C||o==2&&!u)&&(g&&(d[0]==null||d[1]==null)&&(d={min:d[0]==null?Ii:{mode:1,hard:d[0],soft:d[0]},max:d[1]==null?Ii:{mode:1,hard:d[1],soft:d[1]}},g=!1),!g&&Ml(d))){let b=d;d=(T,k,I)=>k==null?On:Tl(k,I,b)}i.range=ee(d||(u?Dc:n==C?i.distr==3?Rc:i.distr==4?Vc:tr:i.distr==3?nr:i.distr==4?lr:$c)),i.auto=ee(g?!1:i.auto),i.clamp=ee(i.clamp||Sc),i._min=i._max=null,i.valToPct=N(i)}}}z("x"),z("y"),o==1&&S.forEach(n=>{z(n.scale)}),E.forEach(n=>{z(n.scale)});for(let n in e.scales)z(n);const P=_[C],Y=P.distr;let O,G;P.ori==0?(ct(h,jr),O=a,G=c):(ct(h,Yr),O=c,G=a);const B={};for(let n in _){let i=_[n];(i.min!=null||i.max!=null)&&(B[n]={min:i.min,max:i.max},i.min=i.max=null)}const te=e.tzDate||(n=>new Date(Me(n/x))),H=e.fmtDate||$s,Ze=x==1?ja(te):Ja(te),ve=Bi(te,Fi(x==1?Ga:Ka,H)),ne=Wi(te,Hi(Za,H)),ce=[],Z=l.legend=Pe({},tc,e.legend),U=l.cursor=Pe({},rc,{drag:{y:o==2}},e.cursor),Ae=Z.show,Ge=U.show,ye=Z.markers;Z.idxs=ce,ye.width=ee(ye.width),ye.dash=ee(ye.dash),ye.stroke=ee(ye.stroke),ye.fill=ee(ye.fill);let re,bt,st,be=[],Mt=[],Nt,pt=!1,Bt={};if(Z.live){const n=S[1]?S[1].values:null;pt=n!=null,Nt=pt?n(l,1,0):{_:0};for(let i in Nt)Bt[i]=xs}if(Ae)if(re=kt("table",sa,h),st=kt("tbody",null,re),Z.mount(l,re),pt){bt=kt("thead",null,re,st);let n=kt("tr",null,bt);kt("th",null,n);for(var gn in Nt)kt("th",yi,n).textContent=gn}else ct(re,oa),Z.live&&ct(re,ia);const wn={show:!0},Wn={show:!1};function al(n,i){if(i==0&&(pt||!Z.live||o==2))return On;let r=[],u=kt("tr",ra,st,st.childNodes[i]);ct(u,n.class),n.show||ct(u,dn);let d=kt("th",null,u);if(ye.show){let T=yt(aa,d);if(i>0){let k=ye.width(l,i);k&&(T.style.border=k+"px "+ye.dash(l,i)+" "+ye.stroke(l,i)),T.style.background=ye.fill(l,i)}}let g=yt(yi,d);n.label instanceof HTMLElement?g.appendChild(n.label):g.textContent=n.label,i>0&&(ye.show||(g.style.color=n.width>0?ye.stroke(l,i):ye.fill(l,i)),je("click",d,T=>{if(U._lock)return;sn(T);let k=S.indexOf(n);if((T.ctrlKey||T.metaKey)!=Z.isolate){let I=S.some((L,R)=>R>0&&R!=k&&L.show);S.forEach((L,R)=>{R>0&&Lt(R,I?R==k?wn:Wn:wn,!0,ke.setSeries)})}else Lt(k,{show:!n.show},!0,ke.setSeries)},!1),bn&&je(Ei,d,T=>{U._lock||(sn(T),Lt(S.indexOf(n),Ln,!0,ke.setSeries))},!1));for(var b in Nt){let T=kt("td",ca,u);T.textContent="--",r.push(T)}return[u,r]}const Xt=new Map;function je(n,i,r,u=!0){const d=Xt.get(i)||{},g=U.bind[n](l,i,r,u);g&&(pn(n,i,d[n]=g),Xt.set(i,d))}function vn(n,i,r){const u=Xt.get(i)||{};for(let d in u)(n==null||d==n)&&(ws(d,i,u[d]),delete u[d]);n==null&&Xt.delete(i)}let Ot=0,en=0,Q=0,$=0,pe=0,xe=0,yn=pe,tn=xe,qt=Q,nn=$,it=0,ht=0,Xe=0,_t=0;l.bbox={};let $l=!1,cl=!1,Sn=!1,ln=!1,ul=!1,mt=!1;function Rl(n,i,r){(r||n!=l.width||i!=l.height)&&Bs(n,i),kn(!1),Sn=!0,cl=!0,Pn()}function Bs(n,i){l.width=Ot=Q=n,l.height=en=$=i,pe=xe=0,mr(),gr();let r=l.bbox;it=r.left=un(pe*oe,.5),ht=r.top=un(xe*oe,.5),Xe=r.width=un(Q*oe,.5),_t=r.height=un($*oe,.5)}const dr=3;function pr(){let n=!1,i=0;for(;!n;){i++;let r=Cr(i),u=kr(i);n=i==dr||r&&u,n||(Bs(l.width,l.height),cl=!0)}}function hr({width:n,height:i}){Rl(n,i)}l.setSize=hr;function mr(){let n=!1,i=!1,r=!1,u=!1;E.forEach((d,g)=>{if(d.show&&d._show){let{side:b,_size:T}=d,k=b%2,I=d.label!=null?d.labelSize:0,L=T+I;L>0&&(k?(Q-=L,b==3?(pe+=L,u=!0):r=!0):($-=L,b==0?(xe+=L,n=!0):i=!0))}}),on[0]=n,on[1]=r,on[2]=i,on[3]=u,Q-=Ht[1]+Ht[3],pe+=Ht[3],$-=Ht[2]+Ht[0],xe+=Ht[0]}function gr(){let n=pe+Q,i=xe+$,r=pe,u=xe;function d(g,b){switch(g){case 1:return n+=b,n-b;case 2:return i+=b,i-b;case 3:return r-=b,r+b;case 0:return u-=b,u+b}}E.forEach((g,b)=>{if(g.show&&g._show){let T=g.side;g._pos=d(T,g._size),g.label!=null&&(g._lpos=d(T,g.labelSize))}})}if(U.dataIdx==null){let n=U.hover,i=n.skip=new Set(n.skip??[]);i.add(void 0);let r=n.prox=ee(n.prox),u=n.bias??=0;U.dataIdx=(d,g,b,T)=>{if(g==0)return b;let k=b,I=r(d,g,b,T)??fe,L=I>=0&&I<fe,R=P.ori==0?Q:$,J=U.left,ie=t[0],le=t[g];if(i.has(le[b])){k=null;let X=null,j=null,F;if(u==0||u==-1)for(F=b;X==null&&F-- >0;)i.has(le[F])||(X=F);if(u==0||u==1)for(F=b;j==null&&F++<le.length;)i.has(le[F])||(j=F);if(X!=null||j!=null)if(L){let ge=X==null?-1/0:O(ie[X],P,R,0),_e=j==null?1/0:O(ie[j],P,R,0),Oe=J-ge,ue=_e-J;Oe<=ue?Oe<=I&&(k=X):ue<=I&&(k=j)}else k=j==null?X:X==null?j:b-X<=j-b?X:j}else L&&qe(J-O(ie[b],P,R,0))>I&&(k=null);return k}}const sn=n=>{U.event=n};U.idxs=ce,U._lock=!1;let He=U.points;He.show=ee(He.show),He.size=ee(He.size),He.stroke=ee(He.stroke),He.width=ee(He.width),He.fill=ee(He.fill);const It=l.focus=Pe({},e.focus||{alpha:.3},U.focus),bn=It.prox>=0,_n=bn&&He.one;let gt=[],En=[],Tn=[];function Hs(n,i){let r=He.show(l,i);if(r instanceof HTMLElement)return ct(r,la),ct(r,n.class),Vt(r,-10,-10,Q,$),M.insertBefore(r,gt[i]),r}function Ws(n,i){if(o==1||i>0){let r=o==1&&_[n.scale].time,u=n.value;n.value=r?Ni(u)?Wi(te,Hi(u,H)):u||ne:u||wc,n.label=n.label||(r?cc:ac)}if(_n||i>0){n.width=n.width==null?1:n.width,n.paths=n.paths||qc||ba,n.fillTo=ee(n.fillTo||_c),n.pxAlign=+se(n.pxAlign,D),n.pxRound=eo(n.pxAlign),n.stroke=ee(n.stroke||null),n.fill=ee(n.fill||null),n._stroke=n._fill=n._paths=n._focus=null;let r=vc(Qe(1,n.width),1),u=n.points=Pe({},{size:r,width:Qe(1,r*.2),stroke:n.stroke,space:r*2,paths:Ic,_stroke:null,_fill:null},n.points);u.show=ee(u.show),u.filter=ee(u.filter),u.fill=ee(u.fill),u.stroke=ee(u.stroke),u.paths=ee(u.paths),u.pxAlign=n.pxAlign}if(Ae){let r=al(n,i);be.splice(i,0,r[0]),Mt.splice(i,0,r[1]),Z.values.push(null)}if(Ge){ce.splice(i,0,null);let r=null;_n?i==0&&(r=Hs(n,i)):i>0&&(r=Hs(n,i)),gt.splice(i,0,r),En.splice(i,0,0),Tn.splice(i,0,0)}Ne("addSeries",i)}function wr(n,i){i=i??S.length,n=o==1?Es(n,i,ji,Zi):Es(n,i,{},Qi),S.splice(i,0,n),Ws(S[i],i)}l.addSeries=wr;function vr(n){if(S.splice(n,1),Ae){Z.values.splice(n,1),Mt.splice(n,1);let i=be.splice(n,1)[0];vn(null,i.firstChild),i.remove()}Ge&&(ce.splice(n,1),gt.splice(n,1)[0].remove(),En.splice(n,1),Tn.splice(n,1)),Ne("delSeries",n)}l.delSeries=vr;const on=[!1,!1,!1,!1];function yr(n,i){if(n._show=n.show,n.show){let r=n.side%2,u=_[n.scale];u==null&&(n.scale=r?S[1].scale:C,u=_[n.scale]);let d=u.time;n.size=ee(n.size),n.space=ee(n.space),n.rotate=ee(n.rotate),Jt(n.incrs)&&n.incrs.forEach(b=>{!Zt.has(b)&&Zt.set(b,ko(b))}),n.incrs=ee(n.incrs||(u.distr==2?Ba:d?x==1?Wa:Ya:fn)),n.splits=ee(n.splits||(d&&u.distr==1?Ze:u.distr==3?ys:u.distr==4?dc:fc)),n.stroke=ee(n.stroke),n.grid.stroke=ee(n.grid.stroke),n.ticks.stroke=ee(n.ticks.stroke),n.border.stroke=ee(n.border.stroke);let g=n.values;n.values=Jt(g)&&!Jt(g[0])?ee(g):d?Jt(g)?Bi(te,Fi(g,H)):Ni(g)?Qa(te,g):g||ve:g||uc,n.filter=ee(n.filter||(u.distr>=3&&u.log==10?mc:u.distr==3&&u.log==2?gc:To)),n.font=so(n.font),n.labelFont=so(n.labelFont),n._size=n.size(l,null,i,0),n._space=n._rotate=n._incrs=n._found=n._splits=n._values=null,n._size>0&&(on[i]=!0,n._el=yt(Xr,v))}}function Gn(n,i,r,u){let[d,g,b,T]=r,k=i%2,I=0;return k==0&&(T||g)&&(I=i==0&&!d||i==2&&!b?Me(Gi.size/3):0),k==1&&(d||b)&&(I=i==1&&!g||i==3&&!T?Me(Ki.size/2):0),I}const Gs=l.padding=(e.padding||[Gn,Gn,Gn,Gn]).map(n=>ee(se(n,Gn))),Ht=l._padding=Gs.map((n,i)=>n(l,i,on,0));let Ue,De=null,$e=null;const fl=o==1?S[0].idxs:null;let Et=null,jn=!1;function js(n,i){if(t=n??[],l.data=l._data=t,o==2){Ue=0;for(let r=1;r<S.length;r++)Ue+=t[r][0].length}else{t.length==0&&(l.data=l._data=t=[[]]),Et=t[0],Ue=Et.length;let r=t;if(Y==2){r=t.slice();let u=r[0]=Array(Ue);for(let d=0;d<Ue;d++)u[d]=d}l._data=t=r}if(kn(!0),Ne("setData"),Y==2&&(Sn=!0),i!==!1){let r=P;r.auto(l,jn)?Vl():Gt(C,r.min,r.max),ln=ln||U.left>=0,mt=!0,Pn()}}l.setData=js;function Vl(){jn=!0;let n,i;o==1&&(Ue>0?(De=fl[0]=0,$e=fl[1]=Ue-1,n=t[0][De],i=t[0][$e],Y==2?(n=De,i=$e):n==i&&(Y==3?[n,i]=Al(n,n,P.log,!1):Y==4?[n,i]=qs(n,n,P.log,!1):P.time?i=n+Me(86400/x):[n,i]=Tl(n,i,Is,!0))):(De=fl[0]=n=null,$e=fl[1]=i=null)),Gt(C,n,i)}let dl,Cn,Nl,Ol,zl,Ul,Fl,Bl,Hl,et;function Ys(n,i,r,u,d,g){n??=bi,r??=Ds,u??="butt",d??=bi,g??="round",n!=dl&&(m.strokeStyle=dl=n),d!=Cn&&(m.fillStyle=Cn=d),i!=Nl&&(m.lineWidth=Nl=i),g!=zl&&(m.lineJoin=zl=g),u!=Ul&&(m.lineCap=Ul=u),r!=Ol&&m.setLineDash(Ol=r)}function Ks(n,i,r,u){i!=Cn&&(m.fillStyle=Cn=i),n!=Fl&&(m.font=Fl=n),r!=Bl&&(m.textAlign=Bl=r),u!=Hl&&(m.textBaseline=Hl=u)}function Wl(n,i,r,u,d=0){if(u.length>0&&n.auto(l,jn)&&(i==null||i.min==null)){let g=se(De,0),b=se($e,u.length-1),T=r.min==null?ma(u,g,b,d,n.distr==3):[r.min,r.max];n.min=At(n.min,r.min=T[0]),n.max=Qe(n.max,r.max=T[1])}}const Js={min:null,max:null};function Sr(){for(let u in _){let d=_[u];B[u]==null&&(d.min==null||B[C]!=null&&d.auto(l,jn))&&(B[u]=Js)}for(let u in _){let d=_[u];B[u]==null&&d.from!=null&&B[d.from]!=null&&(B[u]=Js)}B[C]!=null&&kn(!0);let n={};for(let u in B){let d=B[u];if(d!=null){let g=n[u]=zn(_[u],Ta);if(d.min!=null)Pe(g,d);else if(u!=C||o==2)if(Ue==0&&g.from==null){let b=g.range(l,null,null,u);g.min=b[0],g.max=b[1]}else g.min=fe,g.max=-fe}}if(Ue>0){S.forEach((u,d)=>{if(o==1){let g=u.scale,b=B[g];if(b==null)return;let T=n[g];if(d==0){let k=T.range(l,T.min,T.max,g);T.min=k[0],T.max=k[1],De=Pt(T.min,t[0]),$e=Pt(T.max,t[0]),$e-De>1&&(t[0][De]<T.min&&De++,t[0][$e]>T.max&&$e--),u.min=Et[De],u.max=Et[$e]}else u.show&&u.auto&&Wl(T,b,u,t[d],u.sorted);u.idxs[0]=De,u.idxs[1]=$e}else if(d>0&&u.show&&u.auto){let[g,b]=u.facets,T=g.scale,k=b.scale,[I,L]=t[d],R=n[T],J=n[k];R!=null&&Wl(R,B[T],g,I,g.sorted),J!=null&&Wl(J,B[k],b,L,b.sorted),u.min=b.min,u.max=b.max}});for(let u in n){let d=n[u],g=B[u];if(d.from==null&&(g==null||g.min==null)){let b=d.range(l,d.min==fe?null:d.min,d.max==-fe?null:d.max,u);d.min=b[0],d.max=b[1]}}}for(let u in n){let d=n[u];if(d.from!=null){let g=n[d.from];if(g.min==null)d.min=d.max=null;else{let b=d.range(l,g.min,g.max,u);d.min=b[0],d.max=b[1]}}}let i={},r=!1;for(let u in n){let d=n[u],g=_[u];if(g.min!=d.min||g.max!=d.max){g.min=d.min,g.max=d.max;let b=g.distr;g._min=b==3?Ut(g.min):b==4?rs(g.min,g.asinh):b==100?g.fwd(g.min):g.min,g._max=b==3?Ut(g.max):b==4?rs(g.max,g.asinh):b==100?g.fwd(g.max):g.max,i[u]=r=!0}}if(r){S.forEach((u,d)=>{o==2?d>0&&i.y&&(u._paths=null):i[u.scale]&&(u._paths=null)});for(let u in i)Sn=!0,Ne("setScale",u);Ge&&U.left>=0&&(ln=mt=!0)}for(let u in B)B[u]=null}function br(n){let i=vs(De-1,0,Ue-1),r=vs($e+1,0,Ue-1);for(;n[i]==null&&i>0;)i--;for(;n[r]==null&&r<Ue-1;)r++;return[i,r]}function _r(){if(Ue>0){let n=S.some(i=>i._focus)&&et!=It.alpha;n&&(m.globalAlpha=et=It.alpha),S.forEach((i,r)=>{if(r>0&&i.show&&(Qs(r,!1),Qs(r,!0),i._paths==null)){let u=et;et!=i.alpha&&(m.globalAlpha=et=i.alpha);let d=o==2?[0,t[r][0].length-1]:br(t[r]);i._paths=i.paths(l,r,d[0],d[1]),et!=u&&(m.globalAlpha=et=u)}}),S.forEach((i,r)=>{if(r>0&&i.show){let u=et;et!=i.alpha&&(m.globalAlpha=et=i.alpha),i._paths!=null&&Zs(r,!1);{let d=i._paths!=null?i._paths.gaps:null,g=i.points.show(l,r,De,$e,d),b=i.points.filter(l,r,g,d);(g||b)&&(i.points._paths=i.points.paths(l,r,De,$e,b),Zs(r,!0))}et!=u&&(m.globalAlpha=et=u),Ne("drawSeries",r)}}),n&&(m.globalAlpha=et=1)}}function Qs(n,i){let r=i?S[n].points:S[n];r._stroke=r.stroke(l,n),r._fill=r.fill(l,n)}function Zs(n,i){let r=i?S[n].points:S[n],{stroke:u,fill:d,clip:g,flags:b,_stroke:T=r._stroke,_fill:k=r._fill,_width:I=r.width}=r._paths;I=de(I*oe,3);let L=null,R=I%2/2;i&&k==null&&(k=I>0?"#fff":T);let J=r.pxAlign==1&&R>0;if(J&&m.translate(R,R),!i){let ie=it-I/2,le=ht-I/2,X=Xe+I,j=_t+I;L=new Path2D,L.rect(ie,le,X,j)}i?Gl(T,I,r.dash,r.cap,k,u,d,b,g):Er(n,T,I,r.dash,r.cap,k,u,d,b,L,g),J&&m.translate(-R,-R)}function Er(n,i,r,u,d,g,b,T,k,I,L){let R=!1;k!=0&&A.forEach((J,ie)=>{if(J.series[0]==n){let le=S[J.series[1]],X=t[J.series[1]],j=(le._paths||ol).band;Jt(j)&&(j=J.dir==1?j[0]:j[1]);let F,ge=null;le.show&&j&&wa(X,De,$e)?(ge=J.fill(l,ie)||g,F=le._paths.clip):j=null,Gl(i,r,u,d,ge,b,T,k,I,L,F,j),R=!0}}),R||Gl(i,r,u,d,g,b,T,k,I,L)}const Xs=Un|bs;function Gl(n,i,r,u,d,g,b,T,k,I,L,R){Ys(n,i,r,u,d),(k||I||R)&&(m.save(),k&&m.clip(k),I&&m.clip(I)),R?(T&Xs)==Xs?(m.clip(R),L&&m.clip(L),hl(d,b),pl(n,g,i)):T&bs?(hl(d,b),m.clip(R),pl(n,g,i)):T&Un&&(m.save(),m.clip(R),L&&m.clip(L),hl(d,b),m.restore(),pl(n,g,i)):(hl(d,b),pl(n,g,i)),(k||I||R)&&m.restore()}function pl(n,i,r){r>0&&(i instanceof Map?i.forEach((u,d)=>{m.strokeStyle=dl=d,m.stroke(u)}):i!=null&&n&&m.stroke(i))}function hl(n,i){i instanceof Map?i.forEach((r,u)=>{m.fillStyle=Cn=u,m.fill(r)}):i!=null&&n&&m.fill(i)}function Tr(n,i,r,u){let d=E[n],g;if(u<=0)g=[0,0];else{let b=d._space=d.space(l,n,i,r,u),T=d._incrs=d.incrs(l,n,i,r,u,b);g=Nc(i,r,T,u,b)}return d._found=g}function jl(n,i,r,u,d,g,b,T,k,I){let L=b%2/2;D==1&&m.translate(L,L),Ys(T,b,k,I,T),m.beginPath();let R,J,ie,le,X=d+(u==0||u==3?-g:g);r==0?(J=d,le=X):(R=d,ie=X);for(let j=0;j<n.length;j++)i[j]!=null&&(r==0?R=ie=n[j]:J=le=n[j],m.moveTo(R,J),m.lineTo(ie,le));m.stroke(),D==1&&m.translate(-L,-L)}function Cr(n){let i=!0;return E.forEach((r,u)=>{if(!r.show)return;let d=_[r.scale];if(d.min==null){r._show&&(i=!1,r._show=!1,kn(!1));return}else r._show||(i=!1,r._show=!0,kn(!1));let g=r.side,b=g%2,{min:T,max:k}=d,[I,L]=Tr(u,T,k,b==0?Q:$);if(L==0)return;let R=d.distr==2,J=r._splits=r.splits(l,u,T,k,I,L,R),ie=d.distr==2?J.map(F=>Et[F]):J,le=d.distr==2?Et[J[1]]-Et[J[0]]:I,X=r._values=r.values(l,r.filter(l,ie,u,L,le),u,L,le);r._rotate=g==2?r.rotate(l,X,u,L):0;let j=r._size;r._size=St(r.size(l,X,u,n)),j!=null&&r._size!=j&&(i=!1)}),i}function kr(n){let i=!0;return Gs.forEach((r,u)=>{let d=r(l,u,on,n);d!=Ht[u]&&(i=!1),Ht[u]=d}),i}function Pr(){for(let n=0;n<E.length;n++){let i=E[n];if(!i.show||!i._show)continue;let r=i.side,u=r%2,d,g,b=i.stroke(l,n),T=r==0||r==3?-1:1,[k,I]=i._found;if(i.label!=null){let Ke=i.labelGap*T,at=Me((i._lpos+Ke)*oe);Ks(i.labelFont[0],b,"center",r==2?Xn:Si),m.save(),u==1?(d=g=0,m.translate(at,Me(ht+_t/2)),m.rotate((r==3?-_l:_l)/2)):(d=Me(it+Xe/2),g=at);let cn=_o(i.label)?i.label(l,n,k,I):i.label;m.fillText(cn,d,g),m.restore()}if(I==0)continue;let L=_[i.scale],R=u==0?Xe:_t,J=u==0?it:ht,ie=i._splits,le=L.distr==2?ie.map(Ke=>Et[Ke]):ie,X=L.distr==2?Et[ie[1]]-Et[ie[0]]:k,j=i.ticks,F=i.border,ge=j.show?j.size:0,_e=Me(ge*oe),Oe=Me((i.alignTo==2?i._size-ge-i.gap:i.gap)*oe),ue=i._rotate*-_l/180,Ee=V(i._pos*oe),ot=(_e+Oe)*T,Ye=Ee+ot;g=u==0?Ye:0,d=u==1?Ye:0;let wt=i.font[0],Tt=i.align==1?$n:i.align==2?ss:ue>0?$n:ue<0?ss:u==0?"center":r==3?ss:$n,$t=ue||u==1?"middle":r==2?Xn:Si;Ks(wt,b,Tt,$t);let rt=i.font[1]*i.lineGap,vt=ie.map(Ke=>V(f(Ke,L,R,J))),Ct=i._values;for(let Ke=0;Ke<Ct.length;Ke++){let at=Ct[Ke];if(at!=null){u==0?d=vt[Ke]:g=vt[Ke],at=""+at;let cn=at.indexOf(`
`)==-1?[at]:at.split(/\n/gm);for(let Je=0;Je<cn.length;Je++){let vi=cn[Je];ue?(m.save(),m.translate(d,g+Je*rt),m.rotate(ue),m.fillText(vi,0,0),m.restore()):m.fillText(vi,d,g+Je*rt)}}}j.show&&jl(vt,j.filter(l,le,n,I,X),u,r,Ee,_e,de(j.width*oe,3),j.stroke(l,n),j.dash,j.cap);let Rt=i.grid;Rt.show&&jl(vt,Rt.filter(l,le,n,I,X),u,u==0?2:1,u==0?ht:it,u==0?_t:Xe,de(Rt.width*oe,3),Rt.stroke(l,n),Rt.dash,Rt.cap),F.show&&jl([Ee],[1],u==0?1:0,u==0?1:2,u==1?ht:it,u==1?_t:Xe,de(F.width*oe,3),F.stroke(l,n),F.dash,F.cap)}Ne("drawAxes")}function kn(n){S.forEach((i,r)=>{r>0&&(i._paths=null,n&&(o==1?(i.min=null,i.max=null):i.facets.forEach(u=>{u.min=null,u.max=null})))})}let ml=!1,Yl=!1,Yn=[];function Ar(){Yl=!1;for(let n=0;n<Yn.length;n++)Ne(...Yn[n]);Yn.length=0}function Pn(){ml||(qa(ei),ml=!0)}function xr(n,i=!1){ml=!0,Yl=i,n(l),ei(),i&&Yn.length>0&&queueMicrotask(Ar)}l.batch=xr;function ei(){if($l&&(Sr(),$l=!1),Sn&&(pr(),Sn=!1),cl){if(we(q,$n,pe),we(q,Xn,xe),we(q,nl,Q),we(q,ll,$),we(M,$n,pe),we(M,Xn,xe),we(M,nl,Q),we(M,ll,$),we(v,nl,Ot),we(v,ll,en),y.width=Me(Ot*oe),y.height=Me(en*oe),E.forEach(({_el:n,_show:i,_size:r,_pos:u,side:d})=>{if(n!=null)if(i){let g=d===3||d===0?r:0,b=d%2==1;we(n,b?"left":"top",u-g),we(n,b?"width":"height",r),we(n,b?"top":"left",b?xe:pe),we(n,b?"height":"width",b?$:Q),gs(n,dn)}else ct(n,dn)}),dl=Cn=Nl=zl=Ul=Fl=Bl=Hl=Ol=null,et=1,Qn(!0),pe!=yn||xe!=tn||Q!=qt||$!=nn){kn(!1);let n=Q/qt,i=$/nn;if(Ge&&!ln&&U.left>=0){U.left*=n,U.top*=i,An&&Vt(An,Me(U.left),0,Q,$),xn&&Vt(xn,0,Me(U.top),Q,$);for(let r=0;r<gt.length;r++){let u=gt[r];u!=null&&(En[r]*=n,Tn[r]*=i,Vt(u,St(En[r]),St(Tn[r]),Q,$))}}if(me.show&&!ul&&me.left>=0&&me.width>0){me.left*=n,me.width*=n,me.top*=i,me.height*=i;for(let r in es)we(In,r,me[r])}yn=pe,tn=xe,qt=Q,nn=$}Ne("setSize"),cl=!1}Ot>0&&en>0&&(m.clearRect(0,0,y.width,y.height),Ne("drawClear"),W.forEach(n=>n()),Ne("draw")),me.show&&ul&&(gl(me),ul=!1),Ge&&ln&&(an(null,!0,!1),ln=!1),Z.show&&Z.live&&mt&&(Zl(),mt=!1),p||(p=!0,l.status=1,Ne("ready")),jn=!1,ml=!1}l.redraw=(n,i)=>{Sn=i||!1,n!==!1?Gt(C,P.min,P.max):Pn()};function Kl(n,i){let r=_[n];if(r.from==null){if(Ue==0){let u=r.range(l,i.min,i.max,n);i.min=u[0],i.max=u[1]}if(i.min>i.max){let u=i.min;i.min=i.max,i.max=u}if(Ue>1&&i.min!=null&&i.max!=null&&i.max-i.min<1e-16)return;n==C&&r.distr==2&&Ue>0&&(i.min=Pt(i.min,t[0]),i.max=Pt(i.max,t[0]),i.min==i.max&&i.max++),B[n]=i,$l=!0,Pn()}}l.setScale=Kl;let Jl,Ql,An,xn,ti,ni,Mn,qn,li,si,he,Se,Wt=!1;const Fe=U.drag;let Re=Fe.x,Ve=Fe.y;Ge&&(U.x&&(Jl=yt(ta,M)),U.y&&(Ql=yt(na,M)),P.ori==0?(An=Jl,xn=Ql):(An=Ql,xn=Jl),he=U.left,Se=U.top);const me=l.select=Pe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),In=me.show?yt(ea,me.over?M:q):null;function gl(n,i){if(me.show){for(let r in n)me[r]=n[r],r in es&&we(In,r,n[r]);i!==!1&&Ne("setSelect")}}l.setSelect=gl;function Mr(n){if(S[n].show)Ae&&gs(be[n],dn);else if(Ae&&ct(be[n],dn),Ge){let r=_n?gt[0]:gt[n];r!=null&&Vt(r,-10,-10,Q,$)}}function Gt(n,i,r){Kl(n,{min:i,max:r})}function Lt(n,i,r,u){i.focus!=null&&$r(n),i.show!=null&&S.forEach((d,g)=>{g>0&&(n==g||n==null)&&(d.show=i.show,Mr(g),o==2?(Gt(d.facets[0].scale,null,null),Gt(d.facets[1].scale,null,null)):Gt(d.scale,null,null),Pn())}),r!==!1&&Ne("setSeries",n,i),u&&Zn("setSeries",l,n,i)}l.setSeries=Lt;function qr(n,i){Pe(A[n],i)}function Ir(n,i){n.fill=ee(n.fill||null),n.dir=se(n.dir,-1),i=i??A.length,A.splice(i,0,n)}function Lr(n){n==null?A.length=0:A.splice(n,1)}l.addBand=Ir,l.setBand=qr,l.delBand=Lr;function Dr(n,i){S[n].alpha=i,Ge&&gt[n]!=null&&(gt[n].style.opacity=i),Ae&&be[n]&&(be[n].style.opacity=i)}let zt,jt,rn;const Ln={focus:!0};function $r(n){if(n!=rn){let i=n==null,r=It.alpha!=1;S.forEach((u,d)=>{if(o==1||d>0){let g=i||d==0||d==n;u._focus=i?null:g,r&&Dr(d,g?1:It.alpha)}}),rn=n,r&&Pn()}}Ae&&bn&&je(Ti,re,n=>{U._lock||(sn(n),rn!=null&&Lt(null,Ln,!0,ke.setSeries))});function Dt(n,i,r){let u=_[i];r&&(n=n/oe-(u.ori==1?xe:pe));let d=Q;u.ori==1&&(d=$,n=d-n),u.dir==-1&&(n=d-n);let g=u._min,b=u._max,T=n/d,k=g+(b-g)*T,I=u.distr;return I==3?Nn(10,k):I==4?ya(k,u.asinh):I==100?u.bwd(k):k}function Rr(n,i){let r=Dt(n,C,i);return Pt(r,t[0],De,$e)}l.valToIdx=n=>Pt(n,t[0]),l.posToIdx=Rr,l.posToVal=Dt,l.valToPos=(n,i,r)=>_[i].ori==0?a(n,_[i],r?Xe:Q,r?it:0):c(n,_[i],r?_t:$,r?ht:0),l.setCursor=(n,i,r)=>{he=n.left,Se=n.top,an(null,i,r)};function ii(n,i){we(In,$n,me.left=n),we(In,nl,me.width=i)}function oi(n,i){we(In,Xn,me.top=n),we(In,ll,me.height=i)}let Kn=P.ori==0?ii:oi,Jn=P.ori==1?ii:oi;function Vr(){if(Ae&&Z.live)for(let n=o==2?1:0;n<S.length;n++){if(n==0&&pt)continue;let i=Z.values[n],r=0;for(let u in i)Mt[n][r++].firstChild.nodeValue=i[u]}}function Zl(n,i){if(n!=null&&(n.idxs?n.idxs.forEach((r,u)=>{ce[u]=r}):Ea(n.idx)||ce.fill(n.idx),Z.idx=ce[0]),Ae&&Z.live){for(let r=0;r<S.length;r++)(r>0||o==1&&!pt)&&Nr(r,ce[r]);Vr()}mt=!1,i!==!1&&Ne("setLegend")}l.setLegend=Zl;function Nr(n,i){let r=S[n],u=n==0&&Y==2?Et:t[n],d;pt?d=r.values(l,n,i)??Bt:(d=r.value(l,i==null?null:u[i],n,i),d=d==null?Bt:{_:d}),Z.values[n]=d}function an(n,i,r){li=he,si=Se,[he,Se]=U.move(l,he,Se),U.left=he,U.top=Se,Ge&&(An&&Vt(An,Me(he),0,Q,$),xn&&Vt(xn,0,Me(Se),Q,$));let u,d=De>$e;zt=fe,jt=null;let g=P.ori==0?Q:$,b=P.ori==1?Q:$;if(he<0||Ue==0||d){u=U.idx=null;for(let T=0;T<S.length;T++){let k=gt[T];k!=null&&Vt(k,-10,-10,Q,$)}bn&&Lt(null,Ln,!0,n==null&&ke.setSeries),Z.live&&(ce.fill(u),mt=!0)}else{let T,k,I;o==1&&(T=P.ori==0?he:Se,k=Dt(T,C),u=U.idx=Pt(k,t[0],De,$e),I=O(t[0][u],P,g,0));let L=-10,R=-10,J=0,ie=0,le=!0,X="",j="";for(let F=o==2?1:0;F<S.length;F++){let ge=S[F],_e=ce[F],Oe=_e==null?null:o==1?t[F][_e]:t[F][1][_e],ue=U.dataIdx(l,F,u,k),Ee=ue==null?null:o==1?t[F][ue]:t[F][1][ue];if(mt=mt||Ee!=Oe||ue!=_e,ce[F]=ue,F>0&&ge.show){let ot=ue==null?-10:ue==u?I:O(o==1?t[0][ue]:t[F][0][ue],P,g,0),Ye=Ee==null?-10:G(Ee,o==1?_[ge.scale]:_[ge.facets[1].scale],b,0);if(bn&&Ee!=null){let wt=P.ori==1?he:Se,Tt=qe(It.dist(l,F,ue,Ye,wt));if(Tt<zt){let $t=It.bias;if($t!=0){let rt=Dt(wt,ge.scale),vt=Ee>=0?1:-1,Ct=rt>=0?1:-1;Ct==vt&&(Ct==1?$t==1?Ee>=rt:Ee<=rt:$t==1?Ee<=rt:Ee>=rt)&&(zt=Tt,jt=F)}else zt=Tt,jt=F}}if(mt||_n){let wt,Tt;P.ori==0?(wt=ot,Tt=Ye):(wt=Ye,Tt=ot);let $t,rt,vt,Ct,Rt,Ke,at=!0,cn=He.bbox;if(cn!=null){at=!1;let Je=cn(l,F);vt=Je.left,Ct=Je.top,$t=Je.width,rt=Je.height}else vt=wt,Ct=Tt,$t=rt=He.size(l,F);if(Ke=He.fill(l,F),Rt=He.stroke(l,F),_n)F==jt&&zt<=It.prox&&(L=vt,R=Ct,J=$t,ie=rt,le=at,X=Ke,j=Rt);else{let Je=gt[F];Je!=null&&(En[F]=vt,Tn[F]=Ct,qi(Je,$t,rt,at),xi(Je,Ke,Rt),Vt(Je,St(vt),St(Ct),Q,$))}}}}if(_n){let F=It.prox,ge=rn==null?zt<=F:zt>F||jt!=rn;if(mt||ge){let _e=gt[0];_e!=null&&(En[0]=L,Tn[0]=R,qi(_e,J,ie,le),xi(_e,X,j),Vt(_e,St(L),St(R),Q,$))}}}if(me.show&&Wt)if(n!=null){let[T,k]=ke.scales,[I,L]=ke.match,[R,J]=n.cursor.sync.scales,ie=n.cursor.drag;if(Re=ie._x,Ve=ie._y,Re||Ve){let{left:le,top:X,width:j,height:F}=n.select,ge=n.scales[R].ori,_e=n.posToVal,Oe,ue,Ee,ot,Ye,wt=T!=null&&I(T,R),Tt=k!=null&&L(k,J);wt&&Re?(ge==0?(Oe=le,ue=j):(Oe=X,ue=F),Ee=_[T],ot=O(_e(Oe,R),Ee,g,0),Ye=O(_e(Oe+ue,R),Ee,g,0),Kn(At(ot,Ye),qe(Ye-ot))):Kn(0,g),Tt&&Ve?(ge==1?(Oe=le,ue=j):(Oe=X,ue=F),Ee=_[k],ot=G(_e(Oe,J),Ee,b,0),Ye=G(_e(Oe+ue,J),Ee,b,0),Jn(At(ot,Ye),qe(Ye-ot))):Jn(0,b)}else ts()}else{let T=qe(li-ti),k=qe(si-ni);if(P.ori==1){let J=T;T=k,k=J}Re=Fe.x&&T>=Fe.dist,Ve=Fe.y&&k>=Fe.dist;let I=Fe.uni;I!=null?Re&&Ve&&(Re=T>=I,Ve=k>=I,!Re&&!Ve&&(k>T?Ve=!0:Re=!0)):Fe.x&&Fe.y&&(Re||Ve)&&(Re=Ve=!0);let L,R;Re&&(P.ori==0?(L=Mn,R=he):(L=qn,R=Se),Kn(At(L,R),qe(R-L)),Ve||Jn(0,b)),Ve&&(P.ori==1?(L=Mn,R=he):(L=qn,R=Se),Jn(At(L,R),qe(R-L)),Re||Kn(0,g)),!Re&&!Ve&&(Kn(0,0),Jn(0,0))}if(Fe._x=Re,Fe._y=Ve,n==null){if(r){if(wi!=null){let[T,k]=ke.scales;ke.values[0]=T!=null?Dt(P.ori==0?he:Se,T):null,ke.values[1]=k!=null?Dt(P.ori==1?he:Se,k):null}Zn(is,l,he,Se,Q,$,u)}if(bn){let T=r&&ke.setSeries,k=It.prox;rn==null?zt<=k&&Lt(jt,Ln,!0,T):zt>k?Lt(null,Ln,!0,T):jt!=rn&&Lt(jt,Ln,!0,T)}}mt&&(Z.idx=u,Zl()),i!==!1&&Ne("setCursor")}let Yt=null;Object.defineProperty(l,"rect",{get(){return Yt==null&&Qn(!1),Yt}});function Qn(n=!1){n?Yt=null:(Yt=M.getBoundingClientRect(),Ne("syncRect",Yt))}function ri(n,i,r,u,d,g,b){U._lock||Wt&&n!=null&&n.movementX==0&&n.movementY==0||(Xl(n,i,r,u,d,g,b,!1,n!=null),n!=null?an(null,!0,!0):an(i,!0,!1))}function Xl(n,i,r,u,d,g,b,T,k){if(Yt==null&&Qn(!1),sn(n),n!=null)r=n.clientX-Yt.left,u=n.clientY-Yt.top;else{if(r<0||u<0){he=-10,Se=-10;return}let[I,L]=ke.scales,R=i.cursor.sync,[J,ie]=R.values,[le,X]=R.scales,[j,F]=ke.match,ge=i.axes[0].side%2==1,_e=P.ori==0?Q:$,Oe=P.ori==1?Q:$,ue=ge?g:d,Ee=ge?d:g,ot=ge?u:r,Ye=ge?r:u;if(le!=null?r=j(I,le)?f(J,_[I],_e,0):-10:r=_e*(ot/ue),X!=null?u=F(L,X)?f(ie,_[L],Oe,0):-10:u=Oe*(Ye/Ee),P.ori==1){let wt=r;r=u,u=wt}}k&&(i==null||i.cursor.event.type==is)&&((r<=1||r>=Q-1)&&(r=un(r,Q)),(u<=1||u>=$-1)&&(u=un(u,$))),T?(ti=r,ni=u,[Mn,qn]=U.move(l,r,u)):(he=r,Se=u)}const es={width:0,height:0,left:0,top:0};function ts(){gl(es,!1)}let ai,ci,ui,fi;function di(n,i,r,u,d,g,b){Wt=!0,Re=Ve=Fe._x=Fe._y=!1,Xl(n,i,r,u,d,g,b,!0,!1),n!=null&&(je(os,hs,pi,!1),Zn(_i,l,Mn,qn,Q,$,null));let{left:T,top:k,width:I,height:L}=me;ai=T,ci=k,ui=I,fi=L}function pi(n,i,r,u,d,g,b){Wt=Fe._x=Fe._y=!1,Xl(n,i,r,u,d,g,b,!1,!0);let{left:T,top:k,width:I,height:L}=me,R=I>0||L>0,J=ai!=T||ci!=k||ui!=I||fi!=L;if(R&&J&&gl(me),Fe.setScale&&R&&J){let ie=T,le=I,X=k,j=L;if(P.ori==1&&(ie=k,le=L,X=T,j=I),Re&&Gt(C,Dt(ie,C),Dt(ie+le,C)),Ve)for(let F in _){let ge=_[F];F!=C&&ge.from==null&&ge.min!=fe&&Gt(F,Dt(X+j,F),Dt(X,F))}ts()}else U.lock&&(U._lock=!U._lock,an(i,!0,n!=null));n!=null&&(vn(os,hs),Zn(os,l,he,Se,Q,$,null))}function Or(n,i,r,u,d,g,b){if(U._lock)return;sn(n);let T=Wt;if(Wt){let k=!0,I=!0,L=10,R,J;P.ori==0?(R=Re,J=Ve):(R=Ve,J=Re),R&&J&&(k=he<=L||he>=Q-L,I=Se<=L||Se>=$-L),R&&k&&(he=he<Mn?0:Q),J&&I&&(Se=Se<qn?0:$),an(null,!0,!0),Wt=!1}he=-10,Se=-10,ce.fill(null),an(null,!0,!0),T&&(Wt=T)}function hi(n,i,r,u,d,g,b){U._lock||(sn(n),Vl(),ts(),n!=null&&Zn(Ci,l,he,Se,Q,$,null))}function mi(){E.forEach(Oc),Rl(l.width,l.height,!0)}pn(El,Vn,mi);const Dn={};Dn.mousedown=di,Dn.mousemove=ri,Dn.mouseup=pi,Dn.dblclick=hi,Dn.setSeries=(n,i,r,u)=>{let d=ke.match[2];r=d(l,i,r),r!=-1&&Lt(r,u,!0,!1)},Ge&&(je(_i,M,di),je(is,M,ri),je(Ei,M,n=>{sn(n),Qn(!1)}),je(Ti,M,Or),je(Ci,M,hi),_s.add(l),l.syncRect=Qn);const wl=l.hooks=e.hooks||{};function Ne(n,i,r){Yl?Yn.push([n,i,r]):n in wl&&wl[n].forEach(u=>{u.call(null,l,i,r)})}(e.plugins||[]).forEach(n=>{for(let i in n.hooks)wl[i]=(wl[i]||[]).concat(n.hooks[i])});const gi=(n,i,r)=>r,ke=Pe({key:null,setSeries:!1,filters:{pub:Ri,sub:Ri},scales:[C,S[1]?S[1].scale:null],match:[Vi,Vi,gi],values:[null,null]},U.sync);ke.match.length==2&&ke.match.push(gi),U.sync=ke;const wi=ke.key,ns=Go(wi);function Zn(n,i,r,u,d,g,b){ke.filters.pub(n,i,r,u,d,g,b)&&ns.pub(n,i,r,u,d,g,b)}ns.sub(l);function zr(n,i,r,u,d,g,b){ke.filters.sub(n,i,r,u,d,g,b)&&Dn[n](null,i,r,u,d,g,b)}l.pub=zr;function Ur(){ns.unsub(l),_s.delete(l),Xt.clear(),ws(El,Vn,mi),h.remove(),re?.remove(),Ne("destroy")}l.destroy=Ur;function ls(){Ne("init",e,t),js(t||e.data,!1),B[C]?Kl(C,B[C]):Vl(),ul=me.show&&(me.width>0||me.height>0),ln=mt=!0,Rl(e.width,e.height)}return S.forEach(Ws),E.forEach(yr),s?s instanceof HTMLElement?(s.appendChild(h),ls()):s(l,ls):ls(),l}We.assign=Pe;We.fmtNum=Ls;We.rangeNum=Tl;We.rangeLog=Al;We.rangeAsinh=qs;We.orient=mn;We.pxRatio=oe;We.join=Ma;We.fmtDate=$s,We.tzDate=Ua;We.sync=Go;{We.addGap=Ec,We.clipGaps=ql;let e=We.paths={points:Zo};e.linear=er,e.stepped=kc,e.bars=Pc,e.spline=xc}const io=["#2b6cb0","#dd6b20","#38a169","#805ad5","#d53f8c","#718096"],fs=760,oo=64,Ts=new Set;function zc(){for(const e of Ts)e.root.isConnected||(e.destroy(),Ts.delete(e))}function Qt(e,t,s){const l=w("div",{class:"chart","data-chart":"time"}),a=[e.map(p=>Date.parse(String(p[t]))/1e3),...s.map(p=>e.map(h=>h[p.field]??null))],c=s.some(p=>p.right),f={width:fs,height:240,series:[{},...s.map((p,h)=>({label:p.label,stroke:io[h%io.length],width:2,scale:p.right?"right":"y"}))],axes:[{},{scale:"y",size:oo},...c?[{scale:"right",side:1,size:oo,grid:{show:!1}}]:[]]};return requestAnimationFrame(()=>{zc(),f.width=Math.min(fs,l.clientWidth||fs),Ts.add(new We(f,a,l))}),l}function kl(e,t,s){const l=e.map(a=>Number(a[s]??0)),o=Math.max(1,...l);return w("div",{class:"bars","data-chart":"bars"},...e.map((a,c)=>{const f=w("span",{class:"bar"});return f.style.width=`${100*l[c]/o}%`,w("div",{class:"bar-row"},w("span",{class:"bar-label"},t(a)),w("span",{class:"bar-track"},f),w("span",{class:"bar-value"},String(l[c])))}))}function Uc(e,t,s,l){const o=[...new Set(e.map(f=>String(f[s])))].sort(),a=new Map(o.map((f,p)=>[f,p])),c=new Map;for(const f of e){const p=c.get(t(f))??new Array(o.length).fill(null);p[a.get(String(f[s]))??0]=f[l],c.set(t(f),p)}return w("div",{class:"heatmap","data-chart":"heatmap"},...[...c].map(([f,p])=>w("div",{class:"heat-row"},w("span",{class:"heat-label"},f),...p.map((h,y)=>{const m=w("span",{class:"heat-cell",title:`${f} · ${o[y]} · ${h===null?"no activity":`${(h*100).toFixed(0)}%`}`});return h!==null?m.style.opacity=String(.15+.85*h):m.classList.add("none"),m}))))}function Te(e,t,...s){const l=w("div",{class:"panel-body"});return{element:w("section",{class:"panel","data-panel":e,"data-state":"loading"},w("header",{class:"panel-head"},w("h2",{},t),...s),l),body:l}}function bl(e,t,...s){e.element.dataset.state=t,e.body.replaceChildren(...s)}class Be extends Error{}async function Ce(e,t,s=!1){s||bl(e,"loading",w("p",{class:"status"},"Loading…"));try{bl(e,"ready",...await t())}catch(l){if(l instanceof Be)bl(e,"empty",w("p",{class:"status"},l.message));else{const o=l instanceof Error?l.message:String(l),a=l instanceof xt?l.kind:"query";bl(e,"error",w("p",{class:`status error ${a}`,role:"alert"},o))}}}function ut(e,t,s,l){return w("div",{class:"headline"},w("span",{class:"headline-value","data-metric":`${t}.${s}`},l),w("span",{class:"headline-label"},e))}const Fc=`# Panel A1 — live-session header: the headline numbers of one session (SPEC §1 A "Header").
# Rates are fractions of the session's live viewers; no dimension → one row for the session.
query LiveHeader($sessionId: String!) {
  viewers(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      uniqueViewers
      liveUniqueViewers
      avgMinutesViewed
      liveEngagementRate
      reactions
      reactingViewersRate
      chatMessages
      chattingViewersRate
      pollParticipationRate
      qaThreads
      qaViewersRate
      attachmentDownloads
      downloadingViewersRate
      recordingPlays
    }
  }
}
`,Bc=`# Panel A2 — live timeline: viewers, engagement and reactions at each minute of one session
# (SPEC §1 A "Timeline"), oldest minute first.
query LiveTimeline($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: MINUTE, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      minute(grain: MINUTE)
      liveUniqueViewers
      liveEngagementRate
      reactions
    }
  }
}
`,Hc=`# Panel A3 — viewer engagement table: one row per attendee of a session, searchable by
# (at least three letters of) the name, sortable by any column, paginated
# (SPEC §1 A "Viewer engagement table"). \`rowCount\` is the total for the pager.
# The frontend builds \`$where\`: \`{ sessionId: { eq: … } }\`, plus
# \`name: { contains: … }\` once the user has typed at least three letters.
query ViewerEngagementTable(
  $where: ViewersWhere!
  $orderBy: [ViewersOrderBy!] = [{ field: MINUTES_VIEWED, direction: DESC }]
  $limit: Int = 25
  $offset: Int = 0
) {
  viewers(
    where: $where
    orderBy: $orderBy
    limit: $limit
    offset: $offset
  ) {
    id
    rows {
      id
      userId
      name
      jobTitle
      company
      industry
      role
      country
      minutesViewed
      reactions
      chatMessages
      pollsAnswered
      liveEngagementRate
      qaThreads
      attachmentDownloads
      handsRaised
    }
    rowCount
  }
}
`,Wc=`# Panel A3b — engagement heatmap: each attendee's live engagement rate at each minute of a
# session (SPEC §1 A "engagement heatmap per attendee").
query EngagementHeatmap($sessionId: String!, $timezone: String = "UTC") {
  timeline(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: NAME, direction: ASC }, { field: MINUTE, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      userId
      name
      minute
      liveEngagementRate
    }
  }
}
`,Gc=`# Panel A4 — polls of a session: question, type, number of possible answers (null for
# open-ended) and unique respondents, in launch order (SPEC §1 A "Polls").
query Polls($sessionId: String!) {
  polls(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: LAUNCHED_AT, direction: ASC }]
  ) {
    id
    rows {
      id
      pollId
      question
      pollType
      launchedAt
      optionCount
      respondents
    }
  }
}
`,jc=`# Panel A4b — poll drill-down: every answer of one poll with its unique participants and
# their share of the poll's respondents (SPEC §1 A "drill-down per answer").
query PollAnswers($sessionId: String!, $pollId: String!) {
  pollAnswers(
    where: { sessionId: { eq: $sessionId }, pollId: { eq: $pollId } }
    orderBy: [{ field: RESPONDENTS, direction: DESC }]
  ) {
    id
    rows {
      id
      answer
      respondents
      answerRate
    }
  }
}
`,Yc=`# Panel A5 — recordings of a session: impressions, plays, minutes viewed and average
# completion, per recording and in total (SPEC §1 A "Recordings").
query Recordings($sessionId: String!) {
  recordings(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      recordingId
      impressions
      plays
      minutesViewed
      avgCompletionRate
    }
    totals {
      id
      impressions
      plays
      minutesViewed
      avgCompletionRate
    }
  }
}
`,Kc=`# Panel A5b — recording plays over time for a session, per day by default
# (SPEC §1 A "plays over time").
query RecordingPlaysOverTime(
  $sessionId: String!
  $grain: TimeGrain = DAY
  $timezone: String = "UTC"
) {
  recordings(where: { sessionId: { eq: $sessionId } }, timezone: $timezone, limit: 10000) {
    id
    rows {
      id
      playedAt(grain: $grain)
      plays
      impressions
    }
  }
}
`,Jc=`# Panel A6 — countries: live and recording unique viewers per country for a session
# (SPEC §1 A "Countries and devices").
query Countries($sessionId: String!) {
  countries(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: UNIQUE_VIEWERS, direction: DESC }]
  ) {
    id
    rows {
      id
      country
      liveUniqueViewers
      recordingUniqueViewers
      uniqueViewers
    }
  }
}
`,Qc=`# Panel A6b — devices: live and recording unique viewers per platform and device for a
# session (SPEC §1 A "Countries and devices").
query Devices($sessionId: String!) {
  devices(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: UNIQUE_VIEWERS, direction: DESC }]
  ) {
    id
    rows {
      id
      platform
      device
      liveUniqueViewers
      recordingUniqueViewers
      uniqueViewers
    }
  }
}
`,Zc=`# Panel B1 — meeting session overview: ids, status, timing, unique participants, duration,
# participant minutes and services used (SPEC §1 B "Session overview").
query SessionOverview($sessionId: String!, $timezone: String = "UTC") {
  sessions(where: { sessionId: { eq: $sessionId } }, timezone: $timezone) {
    id
    rows {
      id
      meetingId
      sessionId
      status
      avgInitiatingMs
      startTime
      endTime
      uniqueParticipants
      durationMinutes
      participantMinutes
      hasRecording
      hasHls
      hasRtmp
    }
  }
}
`,Xc=`# Panel B2 — participants of a meeting session: who joined, when, for how long, how long the
# connection took, and from where and what (SPEC §1 B "Participant table and insights").
query Participants($sessionId: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionId: { eq: $sessionId } }
    having: { uniqueParticipants: { gte: 1 } }
    orderBy: [{ field: FIRST_JOINED_AT, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      userId
      name
      firstJoinedAt
      lastLeftAt
      participantMinutes
      avgConnectMs
      country
      region
      city
      platform
      device
      os
      browser
      sdkVersion
    }
  }
}
`,eu=`# Panel B3 — call health per participant and per media (audio, video, screen share):
# good / moderate / poor, from the samples each participant sent (SPEC §1 B "Call health").
query CallHealth($sessionId: String!) {
  quality(
    where: { sessionId: { eq: $sessionId }, direction: { eq: SEND } }
    orderBy: [{ field: SENDER_USER_ID, direction: ASC }, { field: MEDIA, direction: ASC }]
    limit: 10000
  ) {
    id
    rows {
      id
      senderUserId
      media
      health
      goodRate
      moderateRate
      poorRate
      samples
    }
  }
}
`,tu=`# Panel B4 — session stats over time, sender or receiver side: jitter, RTT, bitrate, packet
# loss, resolution and FPS per time bucket. \`$where\` picks any session, sender, receiver,
# media, direction and time window (SPEC §1 B "Session stats over time").
query SessionStatsOverTime(
  $where: QualityWhere!
  $grain: TimeGrain = MINUTE
  $timezone: String = "UTC"
) {
  quality(where: $where, timezone: $timezone, limit: 10000) {
    id
    rows {
      id
      time(grain: $grain)
      samples
      avgJitterMs
      p95JitterMs
      avgRttMs
      p95RttMs
      avgBitrateKbps
      avgPacketLossPct
      maxPacketLossPct
      avgHeight
      avgFps
    }
  }
}
`,nu=`# Panel B5 — errors of a session: each error with participant, type, description and time,
# and counts by type (SPEC §1 B "Errors").
query Errors($sessionId: String!, $timezone: String = "UTC") {
  list: errors(
    where: { sessionId: { eq: $sessionId } }
    orderBy: [{ field: TIME, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      time
      userId
      name
      errorType
      code
      message
    }
  }
  byType: errors(where: { sessionId: { eq: $sessionId } }) {
    id
    rows {
      id
      errorType
      errors
      affectedParticipants
    }
    totals {
      id
      errors
      affectedParticipants
    }
  }
}
`,lu=`# Panel C1 — app session length distribution: sessions per length bucket
# (SPEC §1 C "session length distribution"; buckets are SPEC §3's labels).
query AppSessionLengthDistribution {
  appSessions(orderBy: [{ field: LENGTH_BUCKET, direction: ASC }]) {
    id
    rows {
      id
      lengthBucket
      sessionCount
      medianLengthSeconds
    }
    totals {
      id
      sessionCount
      medianLengthSeconds
    }
  }
}
`,su=`# Panel C2 — sum of app session lengths per day over the last 30 days
# (SPEC §1 C "sum of session lengths per day"); \`$asOf\` pins "now" so a report reproduces.
query AppSessionLengthPerDay($asOf: String!, $timezone: String = "UTC") {
  appSessions(
    where: { startTime: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: startTime(grain: DAY)
      totalLengthSeconds
    }
  }
}
`,iu=`# Panel C3 — number of app sessions per day over the last 30 days
# (SPEC §1 C "number of sessions per day"); \`$asOf\` pins "now" so a report reproduces.
query AppSessionsPerDay($asOf: String!, $timezone: String = "UTC") {
  appSessions(
    where: { startTime: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: startTime(grain: DAY)
      sessionCount
      uniqueUsers
    }
  }
}
`,ou=`# Panel C4 — period-over-period header: the audience of the last 30 days beside the 30 days
# before (SPEC §4.5 "Period over period"); no dimension: one row for the whole window;
# \`change\` is (current − previous) ÷ previous.
query AudiencePeriodOverPeriod($asOf: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionStart: { inLast: { amount: 30, unit: DAY } } }
    compare: { previousPeriod: true }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      uniqueViewers
      minutesViewed
      previous {
        id
        uniqueViewers
        minutesViewed
      }
      change {
        id
        uniqueViewers
        minutesViewed
      }
    }
  }
}
`,ru=`# Panel C5 — cumulative viewers: per day of the last 30 days, the distinct viewers that day
# and from the window's start through it (SPEC §4.5 "Cumulative and rolling metrics"),
# every day a row (\`fill\`), so the line has no holes.
query CumulativeViewers($asOf: String!, $timezone: String = "UTC") {
  viewers(
    where: { sessionStart: { inLast: { amount: 30, unit: DAY } } }
    asOf: $asOf
    timezone: $timezone
  ) {
    id
    rows {
      id
      day: sessionStart(grain: DAY, fill: true)
      uniqueViewers
      cumulativeViewers: uniqueViewers(window: { cumulative: true })
    }
  }
}
`,au=`# Panel D1 — most popular viewing devices per country, over every session
# (SPEC §1 D, "most popular viewing devices per country").
query PopularDevicesPerCountry {
  viewers(
    orderBy: [{ field: COUNTRY, direction: ASC }, { field: UNIQUE_VIEWERS, direction: DESC }]
    limit: 10000
  ) {
    id
    rows {
      id
      country
      device
      uniqueViewers
    }
  }
}
`,cu=`# Panel D2 — poll participation by industry, over every session
# (SPEC §1 D, "poll participation by industry").
query PollParticipationByIndustry {
  viewers(orderBy: [{ field: POLL_PARTICIPATION_RATE, direction: DESC }]) {
    id
    rows {
      id
      industry
      liveUniqueViewers
      pollParticipationRate
    }
  }
}
`,uu=`# Panel D3 — p95 jitter by browser per hour (SPEC §1 D, "p95 jitter by browser per hour").
query P95JitterByBrowserPerHour($timezone: String = "UTC") {
  quality(
    orderBy: [{ field: TIME, direction: ASC }, { field: BROWSER, direction: ASC }]
    limit: 10000
    timezone: $timezone
  ) {
    id
    rows {
      id
      hour: time(grain: HOUR)
      browser
      p95JitterMs
    }
  }
}
`,fu=Object.assign({"../../docs/queries/a1-live-header.graphql":Fc,"../../docs/queries/a2-live-timeline.graphql":Bc,"../../docs/queries/a3-viewer-engagement-table.graphql":Hc,"../../docs/queries/a3b-engagement-heatmap.graphql":Wc,"../../docs/queries/a4-polls.graphql":Gc,"../../docs/queries/a4b-poll-answers.graphql":jc,"../../docs/queries/a5-recordings.graphql":Yc,"../../docs/queries/a5b-recording-plays-over-time.graphql":Kc,"../../docs/queries/a6-countries.graphql":Jc,"../../docs/queries/a6b-devices.graphql":Qc,"../../docs/queries/b1-session-overview.graphql":Zc,"../../docs/queries/b2-participants.graphql":Xc,"../../docs/queries/b3-call-health.graphql":eu,"../../docs/queries/b4-session-stats-over-time.graphql":tu,"../../docs/queries/b5-errors.graphql":nu,"../../docs/queries/c1-app-session-length-distribution.graphql":lu,"../../docs/queries/c2-app-session-length-per-day.graphql":su,"../../docs/queries/c3-app-sessions-per-day.graphql":iu,"../../docs/queries/c4-audience-period-over-period.graphql":ou,"../../docs/queries/c5-cumulative-viewers.graphql":ru,"../../docs/queries/d1-popular-devices-per-country.graphql":au,"../../docs/queries/d2-poll-participation-by-industry.graphql":cu,"../../docs/queries/d3-p95-jitter-by-browser-per-hour.graphql":uu}),du=Object.fromEntries(Object.entries(fu).map(([e,t])=>[e.replace(/^.*\/|\.graphql$/g,""),t]));function tt(e){const t=du[e];if(t===void 0)throw new Error(`no query docs/queries/${e}.graphql`);return t}const pu=`query SessionSubject($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) {
    rows { sessionId title status startTime }
  }
}`,hu=`query SessionList {
  sessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 200) {
    rows { sessionId meetingId title status startTime uniqueParticipants }
    rowCount
  }
}`,mu=`query LatestAppSession {
  appSessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 1) {
    rows { startTime }
  }
}`,gu=`query Catalog {
  catalog {
    name description
    dimensions { name field type label enumValues adminOnly }
    metrics { name field type label }
  }
}`;let ro;function sr(){return ro??=ze(gu).then(e=>e.catalog),ro}async function nt(e,t){const s=(await sr()).find(a=>a.name===e),l=new Map([...(s?.dimensions??[]).map(a=>[a.name,[a,!0]]),...(s?.metrics??[]).map(a=>[a.name,[a,!1]])]);return Object.keys(t[0]??{}).filter(a=>a!=="id").map(a=>{const[c,f]=l.get(a)??[void 0,!1];return{key:a,label:c?.label??a,sortField:c?.field,dimension:f}})}function lt(e,t,s,l){const o=e.map(c=>{if(!s)return w("th",{scope:"col"},c.label);const f=s.key===c.key,p=f?s.direction==="ASC"?" ▲":" ▼":"";return w("th",{scope:"col","aria-sort":f?s.direction==="ASC"?"ascending":"descending":"none"},w("button",{type:"button",class:"sort","data-sort":c.key,onclick:()=>s.onSort(c)},c.label+p))}),a=t.map(c=>{const f=w("tr",{},...e.map(p=>w("td",{"data-column":p.key},Ie(c[p.key],p.key))));return l?.(c,f),f});return w("table",{class:"rows"},w("thead",{},w("tr",{},...o)),w("tbody",{},...a))}async function wu(e){const t=Te("c1-app-session-length-distribution","Session length distribution"),s=w("input",{type:"text",id:"as-of","aria-label":"30 days up to (ISO 8601)",size:26}),l=Te("c2-app-session-length-per-day","Sum of session lengths per day, last 30 days"),o=Te("c3-app-sessions-per-day","Sessions per day, last 30 days"),a=Te("c4-audience-period-over-period","Viewers, last 30 days against the 30 days before"),c=Te("c5-cumulative-viewers","Viewers per day and cumulative, last 30 days");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"App sessions"),w("label",{},"30 days up to ",s)),t.element,w("div",{class:"pair"},l.element,o.element),w("div",{class:"pair"},a.element,c.element));const f=(await ze(mu)).appSessions.rows[0];s.value=String(f?.startTime??new Date().toISOString());const p=()=>{const h={asOf:s.value};return Promise.all([Ce(l,async()=>{const y=(await ze(tt("c2-app-session-length-per-day"),h)).appSessions.rows;if(y.length===0)throw new Be("No app sessions in these 30 days.");return[Qt(y,"day",[{label:"total length (s)",field:"totalLengthSeconds"}]),lt(await nt("appSessions",y),y)]}),Ce(o,async()=>{const y=(await ze(tt("c3-app-sessions-per-day"),h)).appSessions.rows;if(y.length===0)throw new Be("No app sessions in these 30 days.");return[Qt(y,"day",[{label:"sessions",field:"sessionCount"},{label:"unique users",field:"uniqueUsers"}]),lt(await nt("appSessions",y),y)]}),Ce(a,async()=>{const[y]=(await ze(tt("c4-audience-period-over-period"),h)).viewers.rows,m=y?.previous??null;if(!y||y.uniqueViewers===0&&m?.uniqueViewers===0)throw new Be("No viewers in these 60 days.");return[w("div",{class:"headlines"},...ao("Unique viewers","uniqueViewers",y),...ao("Minutes viewed","minutesViewed",y))]}),Ce(c,async()=>{const y=(await ze(tt("c5-cumulative-viewers"),h)).viewers.rows;if(y.every(m=>m.uniqueViewers===0))throw new Be("No viewers in these 30 days.");return[Qt(y,"day",[{label:"viewers that day",field:"uniqueViewers"},{label:"viewers so far",field:"cumulativeViewers"}])]})])};s.addEventListener("change",()=>{p()}),await Promise.all([Ce(t,async()=>{const h=(await ze(tt("c1-app-session-length-distribution"))).appSessions;if(h.rows.length===0)throw new Be("No app sessions yet.");const y=h.totals??{};return[w("div",{class:"headlines"},ut("App sessions","appSessions","sessionCount",Ie(y.sessionCount)),ut("Median length (s)","appSessions","medianLengthSeconds",Ie(y.medianLengthSeconds))),kl([...h.rows].sort((m,v)=>co(m.lengthBucket)-co(v.lengthBucket)),m=>vu(m.lengthBucket),"sessionCount"),lt(await nt("appSessions",h.rows),h.rows)]}),p()])}function ao(e,t,s){const l=s.previous??{},o=(s.change??{})[t];return[ut(e,"viewers",t,Ie(s[t])),ut(`${e}, 30 days before`,"viewers.previous",t,Ie(l[t])),ut(`${e}, change`,"viewers.change",t,typeof o=="number"?`${(o*100).toFixed(1)}%`:"—")]}const ir=/^(SECONDS|MINUTES)_(\d+)_(\d+|PLUS)$/;function vu(e){const t=ir.exec(String(e));if(!t)return String(e);const s=t[1]==="SECONDS"?"s":"m";return t[3]==="PLUS"?`${t[2]}${s}+`:`${t[2]}-${t[3]}${s}`}function co(e){const t=ir.exec(String(e));return t?Number(t[2])*(t[1]==="SECONDS"?1:60):Number.MAX_SAFE_INTEGER}function or(e,t){const s=w("select",{"aria-label":"CSV headers",class:"csv-headers"},w("option",{value:"descriptive"},"friendly headers"),w("option",{value:"system"},"system headers")),l=w("span",{class:"note export-message",role:"status"}),o=w("button",{type:"button",class:"export-csv"},"Export CSV");return o.addEventListener("click",async()=>{l.textContent="Exporting…";try{const{document:a,variables:c}=e();await Br(a,c,s.value,t),l.textContent=""}catch(a){l.textContent=a instanceof Error?a.message:String(a),l.classList.add("error")}}),w("span",{class:"export"},s,o,l)}const yu=["","MINUTE","HOUR","DAY","WEEK","MONTH"],Su={STRING:["eq","contains","startsWith","ne"],INT:["eq","gte","lte"],FLOAT:["eq","gte","lte"],BOOLEAN:["eq"],ENUM:["eq","ne"],TIME:["gte","lte"]};function bu(e,t){return e==="INT"||e==="FLOAT"?Number(t):e==="BOOLEAN"?t.trim().toLowerCase()==="true":t}function _u(e,t,s){const l=`${e[0].toUpperCase()}${e.slice(1)}Where`,o=[...t.map(([a,c])=>c?`${a}(grain: ${c})`:a),...s];return`query Explore($where: ${l}, $limit: Int) {
  ${e}(where: $where, limit: $limit) {
    rows { ${o.join(" ")} }
    rowCount
  }
}`}function uo(e,t,s){return w("label",{class:"pick",title:t.label},w("input",{type:"checkbox",name:e,value:t.name,checked:s}),t.name)}async function Eu(e){const t=await sr(),s=w("select",{id:"explore-cube","aria-label":"Cube"},...t.map(A=>w("option",{value:A.name},A.name))),l=w("p",{class:"note"}),o=w("fieldset",{class:"picks",id:"explore-dimensions"}),a=w("fieldset",{class:"picks",id:"explore-metrics"}),c=w("select",{id:"explore-filter-field","aria-label":"Filter on"}),f=w("select",{id:"explore-filter-operator","aria-label":"Operator"}),p=w("input",{type:"text",id:"explore-filter-value","aria-label":"Filter value"}),h=w("input",{type:"number",id:"explore-limit",min:1,max:1e4,value:100,"aria-label":"Limit"}),y=w("button",{type:"button",id:"explore-run"},"Run"),m=Te(void 0,"Result"),v=w("pre",{class:"document",id:"explore-document"});let q={document:"",variables:{}};const M=or(()=>q,"explore.csv"),D=()=>t.find(A=>A.name===s.value)??t[0],V=A=>D().dimensions.find(C=>C.name===A),x=()=>{const A=V(c.value)?.type??"STRING";f.replaceChildren(...(Su[A]??["eq"]).map(C=>w("option",{value:C},C)))},S=()=>{const{description:A,dimensions:C,metrics:K}=D();l.textContent=A;const W=C.filter(N=>!N.adminOnly);o.replaceChildren(w("legend",{},"Dimensions"),...W.map((N,z)=>{const P=uo("dimension",N,z===0);return N.type==="TIME"&&P.append(w("select",{class:"grain","data-for":N.name,"aria-label":`${N.name} grain`},...yu.map(Y=>w("option",{value:Y},Y||"raw")))),P})),a.replaceChildren(w("legend",{},"Metrics"),...K.map((N,z)=>uo("metric",N,z===0))),c.replaceChildren(w("option",{value:""},"no filter"),...W.map(N=>w("option",{value:N.name},N.name))),x()},E=A=>[...A.querySelectorAll("input[type=checkbox]:checked")].map(C=>C.value),_=()=>Ce(m,async()=>{const A=E(o).map(G=>[G,o.querySelector(`select[data-for="${G}"]`)?.value??""]),C=E(a);if(A.length+C.length===0)throw new Be("Pick at least one dimension or metric.");const K={limit:Number(h.value)||100},W=V(c.value);W&&p.value!==""&&(K.where={[W.name]:{[f.value]:bu(W.type,p.value)}});const N=_u(D().name,A,C);q={document:N,variables:K},v.textContent=`${N}
variables: ${JSON.stringify(K)}`;const z=(await ze(N,K))[D().name];if(z.rows.length===0)throw new Be("No rows match.");const P=await nt(D().name,z.rows),[Y]=A,O=C.length===0?null:Y&&V(Y[0])?.type==="TIME"&&Y[1]?Qt(z.rows,Y[0],[{label:C[0],field:C[0]}]):kl(z.rows.slice(0,30),G=>A.map(([B])=>String(G[B]??"—")).join(" · ")||"all",C[0]);return[w("p",{class:"note",id:"explore-count"},`${z.rowCount} rows`),O??"",lt(P,z.rows)]});s.addEventListener("change",S),c.addEventListener("change",x),y.addEventListener("click",()=>{_()}),e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Explore")),w("section",{class:"panel explorer"},w("div",{class:"tools"},w("label",{},"Cube ",s),l),o,a,w("div",{class:"tools"},"Filter ",c,f,p,w("label",{}," limit ",h),y,M),v),m.element),S(),await _()}async function Tu(e){const t=Te(void 0,"Sessions");e.replaceChildren(w("div",{class:"subject"},w("h1",{},"Sessions")),t.element),await Ce(t,async()=>{const{rows:s,rowCount:l=0}=(await ze(hu)).sessions;if(s.length===0)throw new Be("No sessions yet: ingest some events first.");const o=s.map(c=>{const f=encodeURIComponent(String(c.sessionId));return w("tr",{},w("td",{},Ie(c.title)),w("td",{},Ie(c.status)),w("td",{},Ie(c.startTime)),w("td",{},Ie(c.uniqueParticipants)),w("td",{},w("a",{href:`/dashboard/live/${f}`,class:"live-link"},"live")," · ",w("a",{href:`/dashboard/meeting/${f}`,class:"meeting-link"},"meeting")))}),a=["Title","Status","Started","Participants","Views"].map(c=>w("th",{scope:"col"},c));return[w("p",{class:"note"},`${l} sessions, newest first (up to ${s.length} listed).`),w("table",{class:"rows"},w("thead",{},w("tr",{},...a)),w("tbody",{},...o))]})}const rr=5e3;let Cs=[];function ar(e){Cs.push(window.setInterval(e,rr))}function Cu(){for(const e of Cs)clearInterval(e);Cs=[]}async function cr(e){return(await ze(pu,{sessionId:e})).sessions.rows[0]??null}function ur(e){return w("p",{class:"status error unknown-session",role:"alert"},`Unknown session “${e}”: this API key's partner has no session with this id. `,w("a",{href:"/dashboard"},"Pick a session"))}function fr(e,t,s){const l=t.status==="ONGOING";return w("div",{class:"subject"},w("h1",{},`${e}: ${String(t.title??t.sessionId)}`),w("span",{class:`badge ${l?"ongoing":"ended"}`},String(t.status)),l&&w("span",{class:"note"},`live panels refresh every ${rr/1e3} s`),w("span",{class:"note"},`session ${String(t.sessionId)} · started ${String(t.startTime)}`),s)}const ds="a3-viewer-engagement-table",fo=3,ku=[10,25,50,100],Pu=["jobTitle","company","industry","role","country","minutesViewed","liveEngagementRate"];function Au(e){let t="",s="minutesViewed",l="MINUTES_VIEWED",o="DESC",a=0,c=25;const f=()=>({sessionId:{eq:e},...t?{name:{contains:t}}:{}}),p=()=>({where:f(),orderBy:[{field:l,direction:o}],limit:c,offset:a}),h=w("input",{type:"search",id:"viewer-search",placeholder:"Search names (3+ letters)","aria-label":"Search names"}),y=w("span",{class:"note",id:"search-hint"}),m=w("select",{id:"page-size","aria-label":"Rows per page"},...ku.map(S=>w("option",{value:S,selected:S===c},`${S} a page`)));m.addEventListener("change",()=>{c=Number(m.value),a=0,V()});const v=w("div",{class:"hover-card",hidden:!0}),q=or(()=>({document:tt(ds),variables:{...p(),limit:1e4,offset:0}}),`viewers-${e}.csv`),M=Te(ds,"Viewer engagement",w("div",{class:"tools"},h,y,m,q)),D=(S,E,_)=>{const A=new Map(_.map(C=>[C.key,C.label]));v.replaceChildren(w("strong",{},String(S.name??S.userId)),...Pu.map(C=>w("div",{},`${A.get(C)??C}: ${Ie(S[C],C)}`))),v.hidden=!1,v.style.top=`${E.offsetTop+E.offsetHeight}px`},V=()=>Ce(M,async()=>{const S=await ze(tt(ds),p()),{rows:E,rowCount:_=0}=S.viewers;if(E.length===0)throw new Be(t?`No viewer's name contains “${t}”.`:"No viewers in this session.");const A=(await nt("viewers",E)).filter(N=>N.key!=="userId"),K=lt(A,E,{key:s,direction:o,onSort:N=>{N.key===s?o=o==="ASC"?"DESC":"ASC":[s,o]=[N.key,N.dimension?"ASC":"DESC"],l=N.sortField??l,a=0,V()}},(N,z)=>{z.addEventListener("mouseenter",()=>D(N,z,A)),z.addEventListener("mouseleave",()=>v.hidden=!0)}),W=N=>()=>{a+=N,V()};return[w("div",{class:"table-wrap"},K,v),w("div",{class:"pager"},w("button",{type:"button",id:"page-previous",disabled:a===0,onclick:W(-c)},"Previous"),w("span",{id:"page-status"},`rows ${a+1}-${a+E.length} of ${_}`),w("button",{type:"button",id:"page-next",disabled:a+E.length>=_,onclick:W(c)},"Next"))]});let x;return h.addEventListener("input",()=>{clearTimeout(x);const S=h.value.trim();if(S.length>0&&S.length<fo){y.textContent=`Type at least ${fo} letters to search.`;return}y.textContent="",x=window.setTimeout(()=>{S!==t&&(t=S,a=0,V())},250)}),{element:M.element,load:V}}const xu=[["uniqueViewers","Unique viewers"],["liveUniqueViewers","Live viewers"],["avgMinutesViewed","Avg minutes viewed"],["liveEngagementRate","Live engagement"],["reactingViewersRate","Reacting viewers"],["reactions","Reactions"],["chattingViewersRate","Chatting viewers"],["chatMessages","Chat messages"],["pollParticipationRate","Poll participation"],["qaViewersRate","Q&A viewers"],["qaThreads","Q&A threads"],["downloadingViewersRate","Downloading viewers"],["attachmentDownloads","Attachment downloads"],["recordingPlays","Recording plays"]];async function Kt(e,t,s){const l=await ze(tt(e),t),o=Object.values(l)[0].rows;if(o.length===0)throw new Be(s);return o}async function Mu(e,t){const s=await cr(t);if(!s){e.replaceChildren(ur(t));return}const l={sessionId:t},o=Te("a1-live-header","Header"),a=Te("a2-live-timeline","Timeline: live viewers, engagement and reactions per minute"),c=Au(t),f=Te("a3b-engagement-heatmap","Engagement heatmap (live engagement per minute)"),p=Te("a4-polls","Polls"),h=Te("a4b-poll-answers","Poll answers"),y=Te("a5-recordings","Recordings"),m=Te("a5b-recording-plays-over-time","Recording plays over time (per day)"),v=Te("a6-countries","Countries"),q=Te("a6b-devices","Devices");e.replaceChildren(fr("Live session",s,w("a",{href:`/dashboard/meeting/${encodeURIComponent(t)}`},"Meeting view")),o.element,a.element,c.element,f.element,w("div",{class:"pair"},p.element,h.element),w("div",{class:"pair"},y.element,m.element),w("div",{class:"pair"},v.element,q.element));const M=(E=!1)=>Ce(o,async()=>{const[_]=await Kt("a1-live-header",l,"No viewers yet.");return[w("div",{class:"headlines"},...xu.map(([A,C])=>ut(C,"viewers",A,Ie(_[A],A))))]},E),D=(E=!1)=>Ce(a,async()=>{const _=await Kt("a2-live-timeline",l,"No live activity in this session.");return[Qt(_,"minute",[{label:"Live viewers",field:"liveUniqueViewers"},{label:"Reactions",field:"reactions"},{label:"Engagement rate",field:"liveEngagementRate",right:!0}])]},E),V=()=>Ce(p,async()=>{const E=await Kt("a4-polls",l,"No polls in this session.");return x(String(E[0].pollId),String(E[0].question)),[lt(await nt("polls",E),E,void 0,(_,A)=>{A.classList.add("pickable"),A.tabIndex=0,A.addEventListener("click",()=>{x(String(_.pollId),String(_.question))})}),w("p",{class:"note"},"Pick a poll to see its answers.")]}),x=(E,_)=>Ce(h,async()=>{const A=await Kt("a4b-poll-answers",{sessionId:t,pollId:E},"No answers to this poll (open-ended or unanswered).");return[w("p",{class:"question"},_),lt(await nt("pollAnswers",A),A)]}),S=[M(),D(),c.load(),Ce(f,async()=>{const E=await Kt("a3b-engagement-heatmap",l,"No live activity in this session.");return[Uc(E,_=>String(_.name??_.userId),"minute","liveEngagementRate")]}),V(),Ce(y,async()=>{const E=await ze(tt("a5-recordings"),l),{rows:_,totals:A}=E.recordings;if(_.length===0)throw new Be("This session has no recording plays or impressions.");const C=A??{};return[w("div",{class:"headlines"},ut("Impressions","recordings","impressions",Ie(C.impressions)),ut("Plays","recordings","plays",Ie(C.plays)),ut("Minutes viewed","recordings","minutesViewed",Ie(C.minutesViewed)),ut("Avg completion","recordings","avgCompletionRate",Ie(C.avgCompletionRate,"avgCompletionRate"))),lt(await nt("recordings",_),_)]}),Ce(m,async()=>{const E=await Kt("a5b-recording-plays-over-time",l,"No recording plays yet.");return[Qt(E,"playedAt",[{label:"Plays",field:"plays"},{label:"Impressions",field:"impressions"}])]}),Ce(v,async()=>{const E=await Kt("a6-countries",l,"No viewers with a known country.");return[kl(E,_=>String(_.country??"unknown"),"uniqueViewers"),lt(await nt("countries",E),E)]}),Ce(q,async()=>{const E=await Kt("a6b-devices",l,"No viewers with a known device.");return[kl(E,_=>`${String(_.platform??"?")} · ${String(_.device??"?")}`,"uniqueViewers"),lt(await nt("devices",E),E)]})];s.status==="ONGOING"&&ar(()=>{M(!0),D(!0)}),await Promise.all(S)}const qu=[["uniqueParticipants","Unique participants"],["durationMinutes","Duration (min)"],["participantMinutes","Participant minutes"],["avgInitiatingMs","Initiating time (ms)"]],Iu=["meetingId","sessionId","status","startTime","endTime","hasRecording","hasHls","hasRtmp"];function ps(e,t){return w("select",{"aria-label":e},...t.map(([s,l])=>w("option",{value:s},l)))}async function Lu(e,t){const s=await cr(t);if(!s){e.replaceChildren(ur(t));return}const l={sessionId:t},o=Te("b1-session-overview","Session overview"),a=Te("b2-participants","Participants"),c=Te("b3-call-health","Call health per participant and media"),f=ps("Participant",[["","every participant"]]),p=ps("Media",[["","all media"],["AUDIO","audio"],["VIDEO","video"],["SCREEN_SHARE","screen share"]]),h=ps("Side",[["SEND","sender side"],["RECEIVE","receiver side"]]),y=Te("b4-session-stats-over-time","Session stats over time",w("div",{class:"tools"},f,p,h)),m=Te("b5-errors","Errors");e.replaceChildren(fr("Meeting",s,w("a",{href:`/dashboard/live/${encodeURIComponent(t)}`},"Live-session view")),o.element,a.element,c.element,y.element,m.element);const v=(x=!1)=>Ce(o,async()=>{const[S]=(await ze(tt("b1-session-overview"),l)).sessions.rows;if(!S)throw new Be("No overview for this session yet.");return[w("div",{class:"headlines"},...qu.map(([E,_])=>ut(_,"sessions",E,Ie(S[E],E)))),w("dl",{class:"facts"},...Iu.flatMap(E=>[w("dt",{},E),w("dd",{"data-fact":E},Ie(S[E],E))]))]},x),q=(x=!1)=>Ce(a,async()=>{const S=(await ze(tt("b2-participants"),l)).viewers.rows;if(S.length===0)throw new Be("Nobody has joined this session.");const E=f.value;return f.replaceChildren(w("option",{value:""},"every participant"),...S.map(_=>w("option",{value:String(_.userId)},String(_.name??_.userId)))),f.value=E,[lt(await nt("viewers",S),S)]},x),M=()=>({sessionId:{eq:t},direction:{eq:h.value},...f.value?{[h.value==="SEND"?"senderUserId":"receiverUserId"]:{eq:f.value}}:{},...p.value?{media:{eq:p.value}}:{}}),D=(x=!1)=>Ce(y,async()=>{const S=(await ze(tt("b4-session-stats-over-time"),{where:M()})).quality.rows;if(S.length===0)throw new Be("No quality samples for this choice.");return[Qt(S,"time",[{label:"avg jitter (ms)",field:"avgJitterMs"},{label:"p95 jitter (ms)",field:"p95JitterMs"},{label:"avg RTT (ms)",field:"avgRttMs"},{label:"avg packet loss (%)",field:"avgPacketLossPct",right:!0}]),Qt(S,"time",[{label:"avg bitrate (kbps)",field:"avgBitrateKbps"},{label:"avg height (px)",field:"avgHeight"},{label:"avg FPS",field:"avgFps",right:!0}])]},x);for(const x of[f,p,h])x.addEventListener("change",()=>{D()});const V=[v(),q(),Ce(c,async()=>{const x=(await ze(tt("b3-call-health"),l)).quality.rows;if(x.length===0)throw new Be("No call-quality samples in this session.");return[lt(await nt("quality",x),x,void 0,(S,E)=>E.classList.add(`health-${String(S.health).toLowerCase()}`))]}),D(),Ce(m,async()=>{const x=await ze(tt("b5-errors"),l);if(x.list.rows.length===0)throw new Be("No errors in this session.");const S=x.byType.totals??{};return[w("div",{class:"headlines"},ut("Errors","errors","errors",Ie(S.errors)),ut("Affected participants","errors","affectedParticipants",Ie(S.affectedParticipants))),lt(await nt("errors",x.byType.rows),x.byType.rows),lt(await nt("errors",x.list.rows),x.list.rows)]})];s.status==="ONGOING"&&ar(()=>{v(!0),q(!0),D(!0)}),await Promise.all(V)}const tl=document.getElementById("app"),ks=document.getElementById("forget-key");function Du(e){const[t,s]=e.replace(/^\/dashboard\/?/,"").split("/").map(decodeURIComponent);return t==="live"&&s?l=>Mu(l,s):t==="meeting"&&s?l=>Lu(l,s):t==="apps"?wu:t==="explore"?Eu:t?async l=>l.replaceChildren(w("p",{class:"status error",role:"alert"},`No dashboard page “${e}”. `,w("a",{href:"/dashboard"},"Start page"))):Tu}function $u(){const e=[["/dashboard","Sessions"],["/dashboard/apps","Apps"],["/dashboard/explore","Explore"]];document.getElementById("nav")?.replaceChildren(...e.map(([t,s])=>w("a",{href:t},s)))}function po(e){const t=w("input",{type:"password",id:"api-key",name:"api-key",autocomplete:"off",required:!0}),s=w("form",{class:"key-form"},e&&w("p",{class:"status error unauthenticated",role:"alert"},e),w("label",{for:"api-key"},"API key"),t,w("button",{type:"submit"},"Open dashboard"),w("p",{class:"note"},"The key stays in this browser tab (sessionStorage) and is sent as `Authorization: Bearer …`; a link may carry it as #key=…"));return s.addEventListener("submit",l=>{l.preventDefault(),mo(t.value),Fs()}),s}async function Fs(){if(Cu(),!ho()){ks.hidden=!0,tl.replaceChildren(po());return}ks.hidden=!1,tl.replaceChildren(w("p",{class:"status"},"Loading…"));try{await Du(location.pathname)(tl)}catch(e){if(e instanceof xt&&e.kind==="unauthenticated")go(),tl.replaceChildren(po(e.message));else{const t=e instanceof Error?e.message:String(e);tl.replaceChildren(w("p",{class:`status error ${e instanceof xt?e.kind:""}`,role:"alert"},t))}}}ks.addEventListener("click",()=>{go(),Fs()});Fr();$u();Fs();
